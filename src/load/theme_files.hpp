// Load stage: the theme's files — the default theme compiled into planpub, overridden
// file by file by the city's theme folder (site.yaml `theme:`, relative to the content folder).
#pragma once
#include <map>
#include <string>

#include "diag/diagnostics.hpp"

namespace planpub {

struct ThemeFiles {
    std::map<std::string, std::string> templates;       // name without .mustache → text
    std::map<std::string, std::string> assets;          // path below assets/ → bytes
    std::map<std::string, std::string> template_paths;  // name → the theme's file as the user names it (overrides only)
};

// theme_at: where site.yaml names the theme (its errors are reported there).
ThemeFiles load_theme_files(const std::string& content_dir, const std::string& theme, Diagnostics& diags,
                            const Location& theme_at = {});

}  // namespace planpub
