#include "render/templates.hpp"

#include "text/utf8.hpp"

namespace planpub {

const char* const kRequiredTemplates[] = {"base",
                                          "home",
                                          "plan",
                                          "page",
                                          "notfound",
                                          "accessibility",
                                          "accessibility_results",
                                          "kpi",
                                          "kpi_table",
                                          "kpi_detail",
                                          "glossary",
                                          "glossary_entries",
                                          "opendata",
                                          "opendata_body",
                                          "evaluation",
                                          "evaluation_year",
                                          "print",
                                          "search",
                                          nullptr};

Templates::Templates(const ThemeFiles& files, Diagnostics& diags) {
    for (int i = 0; kRequiredTemplates[i]; ++i) {
        std::string name = kRequiredTemplates[i];
        auto it = files.templates.find(name);
        if (it == files.templates.end()) {
            diags.error({"templates/" + name + ".mustache", 0, 0}, "theme.template-missing",
                        "the theme has no template '" + name + "'", "copy it from themes/default/templates/");
            ok_ = false;
            continue;
        }
        mustache::mustache m(it->second);
        if (!m.is_valid()) {
            auto own = files.template_paths.find(name);
            std::string path = own != files.template_paths.end() ? own->second : "templates/" + name + ".mustache";
            diags.error({path, 0, 0}, "theme.template-error", m.error_message(),
                        "fix the Mustache syntax ({{name}}, {{#section}}…{{/section}})");
            ok_ = false;
            continue;
        }
        // One escape for the whole site: values in templates are escaped as the renderer escapes
        // everything else (an apostrophe is &#39;, not kainjow's &apos;).
        m.set_custom_escape([](const std::string& s) { return html_escape(s); });
        compiled_.emplace(name, std::move(m));
    }
}

std::string Templates::render(const std::string& name, const mustache::data& data, size_t expected_size) {
    auto it = compiled_.find(name);
    if (it == compiled_.end()) return {};
    // Appended straight to the result: kainjow's render(data) writes through an ostringstream and
    // copies the whole page once more at the end.
    std::string out;
    out.reserve(expected_size);
    it->second.render(data, [&out](const std::string& s) { out += s; });
    return out;
}

// Never in a page (control characters), and changed by html_escape (the '&'), so an escaped
// {{body}} never matches it.
constexpr std::string_view kSpliceMarker = "\x01planpub-splice&\x02";

std::string Templates::render_spliced(const std::string& name, mustache::data& data, const std::string& key,
                                      std::string_view value, size_t extra) {
    if (value.empty()) return render(name, data, extra);
    data.set(key, mustache::data(std::string(kSpliceMarker)));
    std::string out = render(name, data, value.size() + extra);
    const size_t at = out.find(kSpliceMarker);
    if (at != std::string::npos && out.find(kSpliceMarker, at + kSpliceMarker.size()) == std::string::npos) {
        out.replace(at, kSpliceMarker.size(), value);
        return out;
    }
    data.set(key, moved_string(std::string(value)));
    return render(name, data, value.size() + extra);
}

mustache::data moved_string(std::string&& value) {
    mustache::data v(mustache::data::type::string);
    // kainjow has no way to move a string in; the data made this string itself (with new), so
    // writing through the const reference it hands out is sound.
    const_cast<std::string&>(v.string_value()).swap(value);
    return v;
}

}  // namespace planpub
