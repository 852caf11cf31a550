#include "import/docx_map.hpp"

#include <stdexcept>

#include "import/docx_map_internal.hpp"
#include "import/docx_text.hpp"
#include "text/era_year.hpp"

namespace planpub {

using nlohmann::json;

std::string DocxPlace::describe() const {
    if (chapter == 0 && paragraph == 0 && table == 0) return "文書全体";
    std::string where = chapter == 0 ? "前文" : "第" + std::to_string(chapter) + "章";
    if (paragraph > 0) return where + " 段落" + std::to_string(paragraph);
    if (table > 0) return where + " 表" + std::to_string(table);
    return where;
}

namespace {

const json& content(const json& node) {
    static const json none;
    auto it = node.find("c");
    return it == node.end() ? none : *it;
}

// A list of one item whose text reads 第N章 …: Word numbering that pandoc turned into a list.
std::optional<std::string> list_chapter(const json& block) {
    const std::string t = block.at("t").get<std::string>();
    if (t != "OrderedList" && t != "BulletList") return std::nullopt;
    const json& items = t == "OrderedList" ? content(block).at(1) : content(block);
    if (items.size() != 1 || items[0].size() != 1) return std::nullopt;
    const std::string it = items[0][0].at("t").get<std::string>();
    if (it != "Plain" && it != "Para") return std::nullopt;
    std::string text = inlines_plain(content(items[0][0]));
    if (!strip_numbering(text).chapter) return std::nullopt;
    return text;
}

// "計画期間：令和7年度～令和11年度" → the two years, when both read as years.
bool read_period(const std::string& text, std::string& from, std::string& to) {
    auto at = text.find("計画期間");
    if (at == std::string::npos) return false;
    std::string rest = text.substr(at + std::string("計画期間").size());
    for (const char* sep : {"～", "〜", "~", "－", "-", "から"}) {
        auto p = rest.find(sep);
        if (p == std::string::npos) continue;
        auto year_in = [](std::string s, bool first) {
            for (const char* skip : {"：", ":", "は", "（", "(", " ", "　"})
                while (first && s.rfind(skip, 0) == 0) s = s.substr(std::string(skip).size());
            auto end = s.find("年度");
            size_t len = 6;
            if (end == std::string::npos) end = s.find("年"), len = 3;
            return end == std::string::npos ? s : s.substr(0, end + len);
        };
        from = strip_indent(year_in(rest.substr(0, p), true));
        to = strip_indent(year_in(rest.substr(p + std::string(sep).size()), true));
        return parse_year(from) && parse_year(to);
    }
    return false;
}

struct Mapper {
    DocxPlan plan;
    MapState st{plan};
    const std::vector<DocxTextBox>& boxes;
    std::vector<bool> box_used;
    int top_level = 1;
    int goal = -1;  // the goal whose section this is (an index: plan.goals grows)
    int goal_level = 0;
    std::string* out = &plan.overview;

    explicit Mapper(const std::vector<DocxTextBox>& b) : boxes(b), box_used(b.size(), false) {}

    std::string pending_caption_md;
    // A 表… paragraph not followed by a table was text after all.
    void flush_caption() {
        if (st.pending_caption.empty()) return;
        st.pending_caption.clear();
        emit(strip_indent(drop_note_marks(pending_caption_md)));
    }

    void emit(const std::string& md) {
        if (md.empty()) return;
        if (!out->empty()) *out += "\n";
        *out += md + "\n";
    }

    void start_chapter(const std::string& text) {
        Numbered n = strip_numbering(text);
        DocxChapter ch;
        ch.number = int(plan.chapters.size()) + 1;
        ch.title = n.title;
        if (ch.title.empty()) {
            ch.title = "第" + std::to_string(ch.number) + "章";
            plan.review.push_back(
                {{ch.number, 0, 0}, "placeholder", "chapter heading without text: titled " + ch.title});
        }
        ch.slug = chapter_slug(ch.number, ch.title);
        for (const auto& other : plan.chapters)
            if (other.slug == ch.slug) ch.slug = "chapter-" + std::to_string(ch.number);
        if (n.value && *n.value != ch.number)
            plan.review.push_back({{ch.number, 0, 0},
                                   "numbering",
                                   "chapter written as number " + std::to_string(*n.value) + " is the " +
                                       std::to_string(ch.number) + "th chapter of the file: check for a missing one"});
        goal = -1;
        st.goal = 0;
        if (auto g = goal_heading(text)) {  // 第3章　基本目標1　…: the chapter is the goal's page
            ch.goal = st.goal = g->first;
            plan.goals.push_back({g->first, g->second, {}});
        }
        plan.chapters.push_back(ch);
        out = &plan.chapters.back().markdown;
        st.place = {ch.number, 0, 0};
        st.chapter_title = ch.title;
        st.images_in_chapter = 0;
        if (ch.goal) goal = int(plan.goals.size()) - 1, goal_level = top_level;
        plan.converted.push_back("第" + std::to_string(ch.number) + "章 「" + ch.title + "」 → " +
                                 (ch.number < 10 ? "0" : "") + std::to_string(ch.number) + "-" + ch.slug + ".md");
    }

    void heading(int level, const std::string& text) {
        Numbered n = strip_numbering(text);
        std::string title = n.title;
        if (auto g = goal_heading(text)) {
            plan.goals.push_back({g->first, g->second, {}});
            goal = int(plan.goals.size()) - 1;
            goal_level = level;
            st.goal = g->first;
        } else if (goal >= 0 && level == goal_level + 1) {
            plan.goals[size_t(goal)].pillars.push_back(title);
        } else if (goal >= 0 && level <= goal_level) {
            goal = -1;
            st.goal = 0;
        }
        int md_level = std::min(6, std::max(2, level - top_level + 1));
        emit(std::string(size_t(md_level), '#') + " " + markdown_escape(title));
    }

    // A footnote in a heading is a glossary candidate like any other (the heading shows no mark).
    void heading_notes(const json& inlines) {
        std::string plain;
        inlines_markdown(inlines, st, plain);
    }

    void paragraph(const json& inlines) {
        std::string plain;
        std::string md = inlines_markdown(inlines, st, plain);
        std::string text = strip_indent(plain);
        if (plan.period_from.empty() && !read_period(text, plan.period_from, plan.period_to))
            plan.period_from.clear(), plan.period_to.clear();
        if (text.rfind("※", 0) == 0) {  // ※1　関係人口：… → a glossary candidate, off the page
            std::string body = strip_indent(drop_note_marks(text));
            if (body.rfind("※", 0) == 0) body = strip_indent(body.substr(std::string("※").size()));
            if (auto split = split_term(body)) {
                add_term(st, split->first, split->second, false);
                return;
            }
            st.review("note-unmapped", "※ note kept as text (no 用語：定義 form): " + text);
        }
        if (auto cap = table_caption(text)) {  // 表1　… above a table: its caption (dropped if no table follows)
            st.pending_caption = *cap;
            pending_caption_md = md;
            return;
        }
        md = strip_indent(drop_note_marks(md));
        if (md.empty()) return;
        md = escape_block_start(md);
        emit(md);
        place_text_boxes(text);
    }

    // pandoc 2.17 drops text boxes: their text goes after the paragraph they are anchored in.
    void place_text_boxes(const std::string& text) {
        for (size_t i = 0; i < boxes.size(); ++i) {
            if (box_used[i] || strip_indent(boxes[i].anchor_text) != text) continue;
            box_used[i] = true;
            for (const auto& p : boxes[i].paragraphs) emit(markdown_escape(strip_indent(p)));
            plan.converted.push_back(st.place.describe() + ": text box placed after its paragraph");
        }
    }

    void list(const json& block, int depth) {
        const std::string t = block.at("t").get<std::string>();
        const json& items = t == "OrderedList" ? content(block).at(1) : content(block);
        int n = t == "OrderedList" ? content(block).at(0).at(0).get<int>() : 0;
        std::string md;
        for (const auto& item : items) {
            std::string marker = t == "OrderedList" ? std::to_string(n++) + ". " : "- ";
            md += std::string(size_t(depth) * 4, ' ') + marker + blocks_inline_markdown(item, st) + "\n";
        }
        if (!md.empty()) md.pop_back();
        emit(md);
    }

    void block(const json& b) {
        const std::string t = b.at("t").get<std::string>();
        const json& c = content(b);
        if (t != "Table") flush_caption();
        if (t == "Header" && c.at(0).get<int>() <= top_level) {
            start_chapter(inlines_plain(c.at(2)));
            return heading_notes(c.at(2));
        }
        if (auto text = list_chapter(b)) {
            plan.review.push_back({{int(plan.chapters.size()) + 1, 0, 0},
                                   "heading-from-list",
                                   "chapter heading 「" + *text + "」 was a numbered paragraph, not a heading style"});
            return start_chapter(*text);
        }
        ++st.place.paragraph;
        if (t == "Header") {
            heading(c.at(0).get<int>(), inlines_plain(c.at(2)));
            return heading_notes(c.at(2));
        }
        if (t == "Para" || t == "Plain") return paragraph(c);
        if (t == "Table") return emit(table_markdown(b, st));
        if (t == "BulletList" || t == "OrderedList") return list(b, 0);
        if (t == "Div") {
            for (const auto& inner : c.at(1)) block(inner);
            return;
        }
        if (t == "Figure") {  // pandoc ≥ 3.0: [attr, caption, blocks]; the caption follows the picture
            for (const auto& inner : c.at(2)) block(inner);
            for (const auto& inner : c.at(1).at(1)) block(inner);
            return;
        }
        if (t == "BlockQuote") return emit("> " + blocks_inline_markdown(c, st));
        if (t == "LineBlock") {
            std::string md;
            for (const auto& line : c) {
                std::string plain;
                md += (md.empty() ? "" : "<br>") + inlines_markdown(line, st, plain);
            }
            return emit(md);
        }
        if (t == "CodeBlock") return emit("```\n" + c.at(1).get<std::string>() + "\n```");
        if (t == "HorizontalRule" || t == "Null") return;
        st.review("raw-left-out", "a " + t + " block was left out");
    }
};

// How deep the JSON nests, counted without recursion: the mapping recurses through nested tables,
// lists and emphasis, so a document nested thousands deep is refused before it can exhaust the stack.
size_t json_depth(const json& root) {
    size_t deepest = 0;
    std::vector<std::pair<const json*, size_t>> todo{{&root, 1}};
    while (!todo.empty()) {
        auto [node, depth] = todo.back();
        todo.pop_back();
        deepest = std::max(deepest, depth);
        if (node->is_structured())
            for (const auto& child : *node) todo.push_back({&child, depth + 1});
    }
    return deepest;
}

// Title, status and period where the document says them; otherwise placeholders that build, each
// reported so that nobody publishes them unread.
void finish_front_matter(DocxPlan& plan) {
    if (plan.title.empty()) {
        plan.title = "（計画名を入力）";
        plan.review.push_back({{}, "placeholder", "title: no Title-style paragraph in the document"});
    }
    if (plan.title.find("案") != std::string::npos) {
        plan.status = "draft";
    } else if (plan.title.find("改訂") != std::string::npos) {
        plan.status = "revised";
    } else {
        plan.status = "adopted";
        plan.review.push_back(
            {{}, "placeholder", "status: adopted (策定) assumed — the title says neither 案 nor 改訂"});
    }
    if (plan.period_from.empty()) {
        plan.period_from = "令和8年度", plan.period_to = "令和12年度";
        plan.review.push_back({{},
                               "placeholder",
                               "period: 令和8年度～令和12年度 is a placeholder — no 計画期間：… "
                               "paragraph was found"});
    }
    plan.review.push_back({{},
                           "placeholder",
                           "published: the plan's date is not set; add published: YYYY-MM-DD to "
                           "index.md (open data needs it)"});
    if (plan.goals.empty())
        plan.review.push_back({{}, "placeholder", "goals: no 基本目標N heading found; index.md has no goals"});
    if (plan.chapters.empty())
        plan.review.push_back({{},
                               "placeholder",
                               "no chapter headings (Heading 1 or 第N章): the whole text is in "
                               "index.md"});
}

}  // namespace

DocxPlan map_docx_ast(const json& doc, const std::vector<DocxTextBox>& text_boxes, const std::string& media_root) {
    if (!doc.is_object() || !doc.contains("blocks") || !doc.contains("pandoc-api-version"))
        throw std::runtime_error("pandoc's output is not a pandoc document");
    const json& api = doc.at("pandoc-api-version");
    if (!api.is_array() || api.size() < 2 || api[0] != 1 || api[1].get<int>() < 21)
        throw std::runtime_error("pandoc's document model " + api.dump() + " is older than 1.21 (pandoc 2.10)");
    if (json_depth(doc) > kMaxJsonDepth)
        throw std::runtime_error("the document nests tables, lists or emphasis more than " +
                                 std::to_string(kMaxJsonDepth / 5) + " levels deep");
    Mapper m(text_boxes);
    m.st.media_root = media_root;
    int top = 7;
    for (const auto& b : doc.at("blocks"))
        if (b.at("t") == "Header") top = std::min(top, b.at("c").at(0).get<int>());
    m.top_level = top == 7 ? 1 : top;
    if (doc.at("meta").contains("title")) {
        const json& t = doc.at("meta").at("title");
        m.plan.title =
            strip_indent(t.at("t") == "MetaString" ? t.at("c").get<std::string>() : inlines_plain(t.at("c")));
    }
    // A pandoc that reads text boxes itself (newer than Debian 12's 2.17) has their text already.
    const std::string all_text = blocks_plain(doc.at("blocks"));
    for (size_t i = 0; i < text_boxes.size(); ++i) {
        bool present = true;
        for (const auto& p : text_boxes[i].paragraphs) present = present && all_text.find(p) != std::string::npos;
        m.box_used[i] = present;
    }
    for (const auto& b : doc.at("blocks")) m.block(b);
    m.flush_caption();
    for (size_t i = 0; i < text_boxes.size(); ++i)
        if (!m.box_used[i]) {
            std::string all;
            for (const auto& p : text_boxes[i].paragraphs) all += (all.empty() ? "" : " ") + p;
            m.plan.review.push_back({{}, "text-box", "text box not placed (its paragraph was not found): " + all});
        }
    finish_kpi_tables(m.st);
    finish_front_matter(m.plan);
    return std::move(m.plan);
}

}  // namespace planpub
