#include "render/templates.hpp"

#include <optional>

#include "text/reserve_ahead.hpp"
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

namespace {

// One escape for the whole site: values in templates are escaped as the renderer escapes everything
// else (an apostrophe is &#39;, not kainjow's &apos;).
mustache::mustache compile(const std::string& text) {
    mustache::mustache m(text);
    m.set_custom_escape([](const std::string& s) { return html_escape(s); });
    return m;
}

}  // namespace

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
        mustache::mustache m = compile(it->second);
        if (!m.is_valid()) {
            auto own = files.template_paths.find(name);
            std::string path = own != files.template_paths.end() ? own->second : "templates/" + name + ".mustache";
            diags.error({path, 0, 0}, "theme.template-error", m.error_message(),
                        "fix the Mustache syntax ({{name}}, {{#section}}…{{/section}})");
            ok_ = false;
            continue;
        }
        compiled_.emplace(name, std::move(m));
        sources_.emplace(name, it->second);
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
// marker never passes for one. "\x01planpub-splice&<n>\x02" stands for value n.
constexpr std::string_view kSpliceName = "planpub-splice";

mustache::data Templates::splice_value(std::vector<std::string_view>& values, std::string_view value) {
    // kainjow drops a line that holds a section tag and nothing but spaces and tabs, values
    // included: a blank value must be there itself for that to come out the same.
    if (value.find_first_not_of(" \t") == std::string_view::npos) return mustache::data(std::string(value));
    values.push_back(value);
    return mustache::data("\x01" + std::string(kSpliceName) + "&" + std::to_string(values.size() - 1) + "\x02");
}

bool splice_markers(std::string_view marked, const std::vector<std::string_view>& values, std::string& out) {
    size_t size = marked.size();
    for (std::string_view v : values) size += v.size();
    out.clear();
    out.reserve(size);
    size_t from = 0;
    for (size_t at = marked.find(kSpliceName); at != std::string_view::npos; at = marked.find(kSpliceName, from)) {
        // Anything but a whole marker (escaped, or the name in the site's own text) is not spliced.
        size_t digits = at + kSpliceName.size() + 1, end = digits, n = 0;
        while (end < marked.size() && end - digits < 9 && marked[end] >= '0' && marked[end] <= '9')
            n = n * 10 + static_cast<size_t>(marked[end++] - '0');
        if (at == 0 || marked[at - 1] != '\x01' || digits > marked.size() || marked[digits - 1] != '&' ||
            end == digits || end >= marked.size() || marked[end] != '\x02' || n >= values.size())
            return false;
        out.append(marked, from, at - 1 - from);
        out += values[n];
        from = end + 1;
    }
    out.append(marked, from, std::string_view::npos);
    return true;
}

std::optional<std::string> Templates::render_splicing(const std::string& name, const mustache::data& data,
                                                      const std::vector<std::string_view>& values, size_t extra) {
    std::string out;
    if (!splice_markers(render(name, data, extra), values, out)) return std::nullopt;
    return out;
}

std::string Templates::render_spliced(const std::string& name, mustache::data& data, const std::string& key,
                                      std::string_view value, size_t extra) {
    if (value.empty()) return render(name, data, extra);
    std::vector<std::string_view> values;
    data.set(key, splice_value(values, value));
    if (std::optional<std::string> out = render_splicing(name, data, values, extra)) return std::move(*out);
    data[key] = moved_string(std::string(value));
    return render(name, data, value.size() + extra);
}

namespace {

// A template cut around its block {{#key}}…{{/key}}: what comes before, the block with its two
// tag lines, what comes after.
struct ListCut {
    mustache::mustache before, block, after;
};

// The cut, where rendering the pieces one after another (the block once per item, with a list of
// that one item) gives the bytes of the whole: both tags stand alone on their lines, so each piece
// starts a line as kainjow's standalone-line rule expects; the key appears nowhere else, so no
// piece reads the list; each piece compiles, so none leaves a section open; no delimiter change or
// partial, which would read the text differently once cut.
std::optional<ListCut> cut_at_list(const std::string& text, const std::string& key) {
    if (text.find("{{=") != std::string::npos || text.find("{{>") != std::string::npos) return std::nullopt;
    const std::string open = "{{#" + key + "}}\n", close = "\n{{/" + key + "}}";
    const size_t begin = text.find(open);
    if (begin == std::string::npos || (begin > 0 && text[begin - 1] != '\n')) return std::nullopt;
    size_t end = text.find(close, begin + open.size() - 1);
    if (end == std::string::npos) return std::nullopt;
    end += close.size();
    if (end < text.size() && text[end++] != '\n') return std::nullopt;
    size_t uses = 0;
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) ++uses;
    if (uses != 2) return std::nullopt;
    ListCut cut{compile(text.substr(0, begin)), compile(text.substr(begin, end - begin)), compile(text.substr(end))};
    if (!cut.before.is_valid() || !cut.block.is_valid() || !cut.after.is_valid()) return std::nullopt;
    return cut;
}

}  // namespace

std::string Templates::render_list(const std::string& name, mustache::data& data, const std::string& key, size_t count,
                                   const std::function<mustache::data(size_t)>& item) {
    auto source = sources_.find(name);
    // Fewer than two items: kainjow writes an empty list's lines differently, and one item gains nothing.
    std::optional<ListCut> cut;
    if (source != sources_.end() && count >= 2) cut = cut_at_list(source->second, key);
    if (!cut) {
        mustache::data list = mustache::data::type::list;
        for (size_t i = 0; i < count; ++i) list.push_back(item(i));
        data[key] = std::move(list);
        return render(name, data);
    }
    std::string out;
    const mustache::mustache::render_handler append = [&out](const std::string& s) { out += s; };
    cut->before.render(data, append);
    const size_t head = out.size();
    for (size_t i = 0; i < count; ++i) {
        reserve_ahead(out, head, i, count, 4096);  // the part after the list: the page's end
        mustache::data one = mustache::data::type::list;
        one.push_back(item(i));
        data[key] = std::move(one);
        cut->block.render(data, append);
    }
    cut->after.render(data, append);
    return out;
}

mustache::data moved_string(std::string&& value) {
    mustache::data v(mustache::data::type::string);
    // kainjow has no way to move a string in; the data made this string itself (with new), so
    // writing through the const reference it hands out is sound.
    const_cast<std::string&>(v.string_value()).swap(value);
    return v;
}

}  // namespace planpub
