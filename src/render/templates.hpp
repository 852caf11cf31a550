// Render stage: the theme's Mustache templates, compiled once per worker.
#pragma once
#include <kainjow/mustache.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    // render() with `key` set to `value`, for a large value such as a page's body: kainjow copies a
    // value twice each time it writes one, so a marker stands in for it and the value is put in the
    // marker's place once. The same bytes as render() with the value (an empty one is left out, as
    // page::put leaves it). `extra`: room for the rest of the page, reserved with it.
    std::string render_spliced(const std::string& name, mustache::data& data, const std::string& key,
                               std::string_view value, size_t extra);
    // The same for many large values (a print edition's parts): data made with splice_value holds
    // markers, and render_splicing puts each value in its marker's place in one pass. nullopt
    // where a marker came out escaped (a theme that writes {{html}}, not {{{html}}}) or a marker's
    // name is in the site's own text: the caller then renders the data with the values themselves.
    // `values` must outlive the render.
    static mustache::data splice_value(std::vector<std::string_view>& values, std::string_view value);
    std::optional<std::string> render_splicing(const std::string& name, const mustache::data& data,
                                               const std::vector<std::string_view>& values, size_t extra);
    // render() with `key` set to the list of `count` items that item(0), item(1), … make, for a list
    // too large to hold as Mustache data (the open-data page's sections: tens of MB at 1,000 plans).
    // Where the template writes the list as one block whose tags stand alone on their lines, each
    // item is made, rendered and let go in turn; any other template gets the whole list. The same
    // bytes either way; `data` is left with `key` set to a list of the last item.
    std::string render_list(const std::string& name, mustache::data& data, const std::string& key, size_t count,
                            const std::function<mustache::data(size_t)>& item);
    bool ok() const { return ok_; }

  private:
    std::map<std::string, mustache::mustache> compiled_;
    std::map<std::string, std::string> sources_;  // for render_list, which cuts a template in three
    bool ok_ = true;
};

// The second half of render_splicing, for output rendered further (a print edition's body put into
// the page layout first): `marked` with each marker replaced by its value, into `out` (its room
// kept). False, with `out` unspecified, where a marker is not whole (see render_splicing).
bool splice_markers(std::string_view marked, const std::vector<std::string_view>& values, std::string& out);

// A string value moved into Mustache data (kainjow's own constructors copy it).
mustache::data moved_string(std::string&& value);

}  // namespace planpub
