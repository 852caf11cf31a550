// Render stage: the theme's Mustache templates, compiled once per worker.
#pragma once
#include <kainjow/mustache.hpp>

#include <map>
#include <string>

#include "diag/diagnostics.hpp"
#include "load/theme_files.hpp"

namespace planpub {

namespace mustache = kainjow::mustache;

// The templates every theme must provide (the default theme has them all).
extern const char* const kRequiredTemplates[];

class Templates {
  public:
    // Reports theme.template-error for templates that do not compile.
    Templates(const ThemeFiles& files, Diagnostics& diags);
    // `expected_size`: room reserved for the result up front (a page around a large body would
    // otherwise be copied at each doubling of its string).
    std::string render(const std::string& name, const mustache::data& data, size_t expected_size = 0);
    bool ok() const { return ok_; }

  private:
    std::map<std::string, mustache::mustache> compiled_;
    bool ok_ = true;
};

}  // namespace planpub
