#include "load/theme_files.hpp"

#include <filesystem>

#include "load/content_tree.hpp"
#include "load/embedded_files.hpp"
#include "text/utf8.hpp"

namespace fs = std::filesystem;

namespace planpub {

// A relative path below the content folder, with no '..' and no symbolic link on the way:
// a theme's files are copied into the output, so they must come from the content folder.
static bool is_inside_content(const std::string& content_dir, const std::string& theme) {
    fs::path rel(theme);
    if (rel.is_absolute() || rel.has_root_name()) return false;
    fs::path at(content_dir);
    std::error_code ec;
    for (const fs::path& part : rel) {
        if (part == "..") return false;
        at /= part;
        if (fs::is_symlink(at, ec)) return false;
    }
    return true;
}

static void put(ThemeFiles& t, const std::string& rel, std::string bytes) {
    if (starts_with(rel, "templates/") && ends_with(rel, ".mustache"))
        t.templates[rel.substr(10, rel.size() - 10 - 9)] = std::move(bytes);
    else if (starts_with(rel, "assets/"))
        t.assets[rel.substr(7)] = std::move(bytes);
}

ThemeFiles load_theme_files(const std::string& content_dir, const std::string& theme, Diagnostics& diags,
                            const Location& theme_at) {
    ThemeFiles t;
    for (const auto& f : embedded_theme()) put(t, f.path, std::string(f.data, f.size));
    if (theme.empty() || theme == "default") return t;
    fs::path dir = fs::path(content_dir) / theme;
    std::string display = content_dir + "/" + theme;
    std::error_code ec;
    if (!is_inside_content(content_dir, theme)) {
        diags.error({content_dir + "/site.yaml", 0, 0}, "theme.outside-content",
                    "theme folder \"" + theme + "\" is not a folder inside the content folder",
                    "write the theme's path relative to the content folder, without '..' or symbolic links");
        return t;
    }
    if (!fs::is_directory(dir, ec)) {
        diags.error(theme_at.path.empty() ? Location{content_dir + "/site.yaml", 0, 0} : theme_at, "theme.missing",
                    "theme folder \"" + display + "\" does not exist inside the content folder",
                    "create it with templates/ and assets/ holding only the files you override, or remove 'theme:'");
        return t;
    }
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        // Lexically: fs::relative would resolve a link and name where it points, not the link.
        std::string rel = it->path().lexically_relative(dir).generic_string();
        if (it->is_symlink(ec)) {
            std::string target = fs::read_symlink(it->path(), ec).string();
            diags.warning({display + "/" + rel, 0, 0}, "content.symlink-skipped",
                          "symbolic link skipped (it points to \"" + target + "\"); links are never followed",
                          "copy the file instead of linking to it");
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        SourceFile f = read_text_file(it->path().string(), display + "/" + rel, 16u << 20, diags);
        if (!f.present) continue;
        put(t, rel, std::move(f.text));
        if (starts_with(rel, "templates/") && ends_with(rel, ".mustache"))
            t.template_paths[rel.substr(10, rel.size() - 10 - 9)] = f.path;  // its errors name the theme's file
    }
    return t;
}

}  // namespace planpub
