#include <stdexcept>

#include "import/docx_map_internal.hpp"
#include "import/docx_text.hpp"

namespace planpub {

using nlohmann::json;

namespace {

const json& content(const json& node) {
    static const json none;
    auto it = node.find("c");
    return it == node.end() ? none : *it;
}

std::string image_markdown(const json& c, MapState& st, std::string& plain) {
    // Image [attr, alt inlines, [target, title]]: Word's alt text (docPr descr) arrives as alt.
    std::string alt = strip_indent(inlines_plain(c.at(1)));
    std::string media = c.at(2).at(0).get<std::string>();
    const std::string root = st.media_root + "/";
    if (media.compare(0, root.size(), root) != 0 || media.find("..") != std::string::npos) {
        st.review("image-external", "image 「" + alt + "」 is linked, not embedded, in the Word file (" + media +
                                        "): not copied; embed it in Word or add it to files/ by hand");
        plain += alt;
        return markdown_escape(alt);
    }
    auto it = st.image_names.find(media);
    std::string name;
    if (it != st.image_names.end()) {
        name = it->second;
    } else {
        auto dot = media.rfind('.');
        std::string ext = dot == std::string::npos ? "" : media.substr(dot);
        for (auto& ch : ext) ch = char(std::tolower(static_cast<unsigned char>(ch)));
        if (ext.size() > 6 || ext.find('/') != std::string::npos) ext = ".bin";
        char buf[48];
        std::snprintf(buf, sizeof buf, "fig-%02d-%d", st.place.chapter, ++st.images_in_chapter);
        name = buf + ext;
        st.image_names[media] = name;
        st.plan.images.push_back({media, name});
    }
    if (alt.empty()) st.review("image-no-alt", "image files/" + name + " has no alt text (Word: 代替テキスト)");
    plain += alt;
    return "![" + markdown_escape(alt) + "](files/" + name + ")";
}

}  // namespace

void add_term(MapState& st, const std::string& term, const std::string& definition, bool guessed) {
    for (const auto& t : st.plan.terms)
        if (t.term == term) {
            st.review("duplicate-term",
                      "「" + term + "」 is defined again; the first definition was kept: " + definition);
            return;
        }
    DocxTerm t{term, definition, kana_only_reading(term), st.place};
    st.plan.terms.push_back(t);
    if (guessed)
        st.review("term-guess", "footnote term 「" + term +
                                    "」 was taken from the text before the footnote mark: "
                                    "check where the term begins");
}

std::string inlines_markdown(const json& inlines, MapState& st, std::string& plain) {
    std::string out;
    for (const auto& node : inlines) {
        const std::string t = node.at("t").get<std::string>();
        const json& c = content(node);
        std::string inner_plain;
        if (t == "Str") {
            std::string s = c.get<std::string>();
            out += markdown_escape(s), plain += s;
        } else if (t == "Space" || t == "SoftBreak") {
            out += ' ', plain += ' ';
        } else if (t == "LineBreak") {
            // planpub allows <br> (SPEC: the raw HTML allowlist); a cell keeps its lines this way.
            out += "<br>", plain += ' ';
        } else if (t == "Emph" || t == "Strong" || t == "Strikeout") {
            std::string mark = t == "Emph" ? "*" : t == "Strong" ? "**" : "~~";
            std::string inner = inlines_markdown(c, st, inner_plain);
            out += inner.empty() ? "" : mark + inner + mark, plain += inner_plain;
        } else if (t == "Superscript" || t == "Subscript") {
            std::string tag = t == "Superscript" ? "sup" : "sub";
            std::string inner = inlines_markdown(c, st, inner_plain);
            out += "<" + tag + ">" + inner + "</" + tag + ">", plain += inner_plain;
        } else if (t == "Underline" || t == "SmallCaps" || t == "Quoted" || t == "Cite") {
            const json& in = t == "Quoted" || t == "Cite" ? c.at(1) : c;
            std::string inner = inlines_markdown(in, st, inner_plain);
            if (t == "Quoted") inner = "“" + inner + "”", inner_plain = "“" + inner_plain + "”";
            out += inner, plain += inner_plain;
        } else if (t == "Span") {
            out += inlines_markdown(c.at(1), st, plain);
        } else if (t == "Code" || t == "Math") {
            std::string s = c.at(1).get<std::string>();
            out += markdown_escape(s), plain += s;
        } else if (t == "Link") {
            std::string inner = inlines_markdown(c.at(1), st, inner_plain);
            std::string url = c.at(2).at(0).get<std::string>();
            bool web = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0 || url.rfind("mailto:", 0) == 0;
            if (web && url.find_first_of(" <>()") == std::string::npos)
                out += "[" + inner + "](" + url + ")";
            else
                out += inner;  // Word's internal bookmarks (#_Toc…) point nowhere in the site
            plain += inner_plain;
        } else if (t == "Image") {
            out += image_markdown(c, st, plain);
        } else if (t == "Note") {
            std::string text = strip_indent(blocks_plain(c));
            if (auto split = split_term(text))
                add_term(st, split->first, split->second, false);
            else if (auto term = trailing_term(plain); !term.empty() && !text.empty())
                add_term(st, term, text, true);
            else
                st.review("note-unmapped", "footnote without a term before it, left out of the page: " + text);
        } else if (t == "RawInline") {
            st.review("raw-left-out", "raw " + c.at(0).get<std::string>() + " content left out");
        } else {
            throw std::runtime_error("unknown pandoc inline \"" + t + "\"");
        }
    }
    return out;
}

std::string inlines_plain(const json& inlines) {
    DocxPlan scratch;
    MapState st(scratch);
    std::string plain;
    inlines_markdown(inlines, st, plain);
    return plain;
}

std::string blocks_plain(const json& blocks) {
    std::string out;
    for (const auto& b : blocks) {
        const std::string t = b.at("t").get<std::string>();
        const json& c = content(b);
        std::string part;
        if (t == "Para" || t == "Plain")
            part = inlines_plain(c);
        else if (t == "Header")
            part = inlines_plain(c.at(2));
        else if (t == "Div" || t == "BlockQuote")
            part = blocks_plain(t == "Div" ? c.at(1) : c);
        else if (t == "BulletList" || t == "OrderedList")
            for (const auto& item : t == "BulletList" ? c : c.at(1))
                part += (part.empty() ? "" : " ") + blocks_plain(item);
        if (!part.empty()) out += (out.empty() ? "" : " ") + part;
    }
    return out;
}

std::string blocks_inline_markdown(const json& blocks, MapState& st) {
    std::string out;
    for (const auto& b : blocks) {
        const std::string t = b.at("t").get<std::string>();
        const json& c = content(b);
        std::string plain, part;
        if (t == "Para" || t == "Plain")
            part = inlines_markdown(c, st, plain);
        else if (t == "Div")
            part = blocks_inline_markdown(c.at(1), st);
        else if (t == "BulletList" || t == "OrderedList") {
            for (const auto& item : t == "BulletList" ? c : c.at(1)) {
                std::string one = blocks_inline_markdown(item, st);
                part += (part.empty() ? "・" : "<br>・") + one;
            }
        } else {
            st.review("table-unmapped", "a " + t + " inside a table cell or note was reduced to its text");
            part = markdown_escape(blocks_plain(json::array({b})));
        }
        part = strip_indent(drop_note_marks(part));
        if (!part.empty()) out += (out.empty() ? "" : "<br>") + part;
    }
    return out;
}

}  // namespace planpub
