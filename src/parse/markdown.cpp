#include "parse/markdown.hpp"

#include <cmark-gfm-core-extensions.h>

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <string_view>

#include "text/utf8.hpp"

namespace planpub {

static const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter"};

// cmark-gfm 0.29.0.gfm.6 keeps the inline parser's special characters in one process-wide table.
// cmark_parser_finish calls cmark_manage_extensions_special_characters to add the extensions'
// characters (~ : w @ …) before it parses inlines and to remove them after, so a parse on
// another thread at that moment loses ~~ and autolinks (tests "[threads]"). Emptying the
// extensions' character lists is no way out: process_emphasis looks a delimiter's extension up
// in them and loops forever without it. Instead planpub defines that function itself: the
// library calls it through its PLT, so this definition wins; it fills the table once, before any
// worker starts, and ignores every later add and remove. Every planpub parser attaches the same
// extensions, so the filled table is the one each parse would have built for itself.
namespace {
using ManageFn = void (*)(cmark_parser*, int);
std::atomic<bool> table_fixed{false};         // set once the table holds the extensions' characters
std::atomic<bool> library_calls_ours{false};  // the library's finish reached the definition below
std::atomic<bool> parallel_parses{false};     // both: parses need not take turns

ManageFn library_manage() {
    static const auto fn = reinterpret_cast<ManageFn>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    return fn;
}

cmark_parser* new_parser() {
    cmark_parser* p = cmark_parser_new(markdown_options());
    for (const char* name : kExtensions)
        if (auto* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(p, ext);
    return p;
}

void fill_special_characters_once() {
    ManageFn manage = library_manage();
    if (!manage) return;  // no library definition after ours: keep the lock
    cmark_parser* p = new_parser();
    manage(p, 1);
    table_fixed = true;
    library_calls_ours = false;
    const std::string_view probe = "~~a~~ www.example.jp\n";
    cmark_parser_feed(p, probe.data(), probe.size());
    cmark_node_free(cmark_parser_finish(p));
    cmark_parser_free(p);
    // Linked so that the library binds its own definition (e.g. statically): the table is
    // cleared after each parse as before, and parses keep taking turns.
    parallel_parses = library_calls_ours.load();
}
}  // namespace

bool markdown_parses_in_parallel() {
    register_markdown_extensions();
    return parallel_parses;
}

void register_markdown_extensions() {
    static std::once_flag once;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        fill_special_characters_once();
    });
}

// Without CMARK_OPT_VALIDATE_UTF8: parse() makes sure of valid UTF-8 itself (see there).
int markdown_options() { return CMARK_OPT_UNSAFE | CMARK_OPT_SMART * 0; }

MarkdownParser::MarkdownParser() {
    register_markdown_extensions();
    parser_ = new_parser();
}

MarkdownParser::~MarkdownParser() { cmark_parser_free(parser_); }

std::pair<size_t, size_t> MarkdownSource::line_range(int line) const {
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (size_t i = text_.find('\n'); i != std::string_view::npos; i = text_.find('\n', i + 1))
            line_starts_.push_back(i + 1);
    }
    size_t k = static_cast<size_t>(std::clamp(line, 1, static_cast<int>(line_starts_.size())) - 1);
    size_t end = k + 1 < line_starts_.size() ? line_starts_[k + 1] - 1 : text_.size();
    return {line_starts_[k], end};
}

Location MarkdownSource::at(size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto& pieces = span_.pieces;
    if (!pieces.empty()) {
        auto p = std::upper_bound(pieces.begin(), pieces.end(), offset,
                                  [](size_t o, const TextPiece& q) { return o < q.offset; });
        if (p != pieces.begin()) --p;
        size_t from = std::min(p->offset, offset);
        return {span_.path, p->line, p->column + count_chars(text_.substr(from, offset - from))};
    }
    line_range(1);  // builds the index
    size_t k =
        static_cast<size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin()) -
        1;
    return {span_.path, span_.first_line + static_cast<int>(k),
            count_chars(text_.substr(line_starts_[k], offset - line_starts_[k])) + 1};
}

static bool is_inline(cmark_node* n) {
    return (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

Location node_location(cmark_node* node, const MarkdownSource& src) {
    int line = cmark_node_get_start_line(node);
    int col = cmark_node_get_start_column(node);  // in bytes
    if (line <= 0) return src.at(0);              // a node made after parsing
    auto [begin, end] = src.line_range(line);
    // On a paragraph's later lines cmark-gfm counts an inline's column from where the paragraph's
    // first line starts, not from where this line's text starts (after indentation or '>').
    cmark_node* block = node;
    while (block && is_inline(block)) block = cmark_node_parent(block);
    if (block != node && block && line > cmark_node_get_start_line(block)) {
        size_t start = begin;
        while (start < end && (src.text()[start] == ' ' || src.text()[start] == '\t' || src.text()[start] == '>'))
            ++start;
        col += static_cast<int>(start - begin) + 1 - cmark_node_get_start_column(block);
    }
    return src.at(std::min(begin + static_cast<size_t>(std::max(col, 1) - 1), end));
}

namespace {

// Checks done on the raw text, before cmark-gfm sees it.
bool within_text_limits(const MarkdownSource& src, Diagnostics& diags) {
    std::string_view text = src.text();
    const SourceSpan& span = src.span();
    if (text.size() > Limits::max_page_bytes) {  // a page file is refused before this; a YAML or CSV text field is not
        diags.error(src.at(0), "limit.page-too-large",
                    "page body is " + std::to_string(text.size()) + " bytes; the limit is " +
                        std::to_string(Limits::max_page_bytes),
                    "split the page into several files");
        return false;
    }
    int line = 0;
    size_t pos = 0;
    bool ok = true;
    while (pos <= text.size() && ok) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        // The pipes counted over the whole line, the quote marks only in its indentation. find()
        // (memchr) jumps from pipe to pipe, and most lines have none: std::count's test of every
        // byte was 1% of a build's instructions (callgrind), and every page's text comes here.
        const std::string_view row = text.substr(pos, end - pos);
        int pipes = 0;
        for (size_t at = row.find('|'); at != std::string_view::npos; at = row.find('|', at + 1)) ++pipes;
        int quotes = 0;
        for (char c : row) {
            if (c == '>')
                ++quotes;
            else if (c != ' ' && c != '\t')
                break;
        }
        if (pipes > Limits::max_table_columns + 1) {
            diags.error({span.path, span.first_line + line, 1}, "limit.table-columns",
                        "a table row with " + std::to_string(pipes) + " '|' exceeds the limit of " +
                            std::to_string(Limits::max_table_columns) + " columns",
                        "split the table, or publish very wide data as a CSV attachment");
            ok = false;
        }
        if (quotes > Limits::max_nesting_depth) {
            diags.error({span.path, span.first_line + line, 1}, "limit.nesting-depth",
                        "block quotes nested " + std::to_string(quotes) + " deep exceed the limit of " +
                            std::to_string(Limits::max_nesting_depth),
                        "reduce the nesting");
            ok = false;
        }
        pos = end + 1;
        ++line;
    }
    if (!ok) return false;
    // cmark-gfm takes a few hundred bytes per node, and nodes come from line ends and punctuation,
    // not from prose: counting those bounds a page's memory and time whatever its size.
    static const auto is_markup = [] {
        std::array<bool, 256> t{};
        for (unsigned char c : std::string_view("\n[]*_~`<>|!&\\@:")) t[c] = true;
        return t;
    }();
    size_t markup = 0;
    for (unsigned char c : text) markup += is_markup[c];
    if (markup > Limits::max_page_markup) {
        diags.error({span.path, 0, 0}, "limit.page-markup",
                    "page has " + std::to_string(markup) + " line ends and Markdown punctuation marks; the limit is " +
                        std::to_string(Limits::max_page_markup),
                    "split the page into several files; publish very large tables as a CSV attachment under files/");
        return false;
    }
    return true;
}

bool within_tree_limits(cmark_node* doc, const MarkdownSource& src, Diagnostics& diags) {
    cmark_iter* it = cmark_iter_new(doc);
    int depth = 0;
    bool ok = true;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_first_child(n)) {
            if (++depth > Limits::max_nesting_depth) {
                diags.error(node_location(n, src), "limit.nesting-depth",
                            "content nested more than " + std::to_string(Limits::max_nesting_depth) + " deep",
                            "reduce the nesting of lists, quotes or emphasis");
                ok = false;
                break;
            }
        } else if (ev == CMARK_EVENT_EXIT) {
            --depth;
        }
    }
    cmark_iter_free(it);
    return ok;
}

}  // namespace

MarkdownDoc MarkdownParser::parse(const MarkdownSource& src, Diagnostics& diags) {
    std::string_view text = src.text();
    if (!within_text_limits(src, diags)) return nullptr;
    // Parses take turns only when the special-character table could not be fixed (see above).
    static std::mutex cmark_inline_table;
    std::unique_lock<std::mutex> lock(cmark_inline_table, std::defer_lock);
    if (!parallel_parses) lock.lock();
    // Every text here is UTF-8 already: files that are not are refused as they are read, YAML and
    // CSV values are made valid. Checked once more with find_invalid_utf8 rather than by cmark's
    // own check of every line (callgrind, 300 pages: 1,905.9 → 1,899.5 million instructions in
    // the build), and should a text ever not be, each bad byte becomes U+FFFD before cmark sees it.
    std::string repaired;
    if (find_invalid_utf8(text) != npos) text = repaired = valid_utf8(text);
    cmark_parser_feed(parser_, text.data(), text.size());
    MarkdownDoc doc(cmark_parser_finish(parser_));  // finish also resets the parser for reuse
    if (lock.owns_lock()) lock.unlock();
    if (!doc || !within_tree_limits(doc.get(), src, diags)) return nullptr;
    return doc;
}

}  // namespace planpub

// Replaces the library's function of this name for the whole process (declared in
// cmark-gfm-extension_api.h); see register_markdown_extensions.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
    if (!planpub::library_calls_ours.load(std::memory_order_relaxed)) planpub::library_calls_ours = true;
    if (planpub::table_fixed) return;  // filled for good: never cleared under another thread's parse
    if (auto manage = planpub::library_manage()) manage(parser, add);
}
