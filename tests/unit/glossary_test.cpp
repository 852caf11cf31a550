// Tests for the term matcher, the glossary linker, 50音 ordering and glossary.yaml.
#include <catch2/catch.hpp>

#include "load/theme_files.hpp"
#include "render/templates.hpp"

#include "link/glossary_linker.hpp"
#include "parse/glossary_yaml.hpp"
#include "parse/markdown.hpp"
#include "parse/sanitize.hpp"
#include "render/glossary_page.hpp"
#include "render/html_renderer.hpp"
#include "text/gojuon.hpp"

using namespace planpub;

static std::vector<std::string> found(const TermMatcher& m, const std::string& text) {
    std::vector<std::string> out;
    for (auto& x : m.find(text)) out.push_back(text.substr(x.begin, x.end - x.begin) + "#" + std::to_string(x.key));
    return out;
}

TEST_CASE("matcher: longest match wins, no overlaps", "[glossary][matcher]") {
    TermMatcher m;
    m.add("デジタル", 1);
    m.add("デジタル田園都市国家構想", 2);
    m.add("国家", 3);
    m.build();
    CHECK(found(m, "デジタル田園都市国家構想とデジタル") ==
          std::vector<std::string>{"デジタル田園都市国家構想#2", "デジタル#1"});
}

TEST_CASE("matcher: Latin terms only at word edges, AI-OCR is its own term", "[glossary][matcher]") {
    TermMatcher m;
    m.add("AI", 1);
    m.add("AI-OCR", 2);
    m.build();
    CHECK(found(m, "MAIL").empty());
    CHECK(found(m, "EMAILとAI") == std::vector<std::string>{"AI#1"});
    CHECK(found(m, "AI-OCRを導入しAIを活用") == std::vector<std::string>{"AI-OCR#2", "AI#1"});
    CHECK(found(m, "AIs") .empty());
    CHECK(found(m, "生成AIの活用") == std::vector<std::string>{"AI#1"});  // Japanese around it is an edge
}

TEST_CASE("matcher: width, case and stray spaces are folded, the source is kept", "[glossary][matcher]") {
    TermMatcher m;
    m.add("ICT", 1);
    m.add("地方創生2.0基本構想", 2);
    m.build();
    CHECK(found(m, "ＩＣＴとict") == std::vector<std::string>{"ＩＣＴ#1", "ict#1"});
    CHECK(found(m, "国の地方創生 2.0 基本構想では") == std::vector<std::string>{"地方創生 2.0 基本構想#2"});
    CHECK(found(m, "地方創生\n2.0基本\n構想") == std::vector<std::string>{"地方創生\n2.0基本\n構想#2"});
}

TEST_CASE("matcher: half-width kana and NFD compose their voiced marks, the source is kept", "[glossary][matcher]") {
    TermMatcher m;
    m.add("ガバメント", 1);
    m.add("パブリックコメント", 2);
    m.add("ヴィジョン", 3);
    m.add("ブログ", 4);
    m.add("ハス", 5);
    m.add("カ", 6);
    m.build();
    CHECK(found(m, "ｶﾞﾊﾞﾒﾝﾄとガバメント") == std::vector<std::string>{"ｶﾞﾊﾞﾒﾝﾄ#1", "ガバメント#1"});
    const std::string nfd = "\u30AB\u3099\u30CF\u3099\u30E1\u30F3\u30C8";  // ガバメント as カ+゙ ハ+゙ メント
    CHECK(found(m, "NFDの" + nfd + "も") == std::vector<std::string>{nfd + "#1"});
    CHECK(found(m, "ﾊﾟﾌﾞﾘｯｸｺﾒﾝﾄを実施") == std::vector<std::string>{"ﾊﾟﾌﾞﾘｯｸｺﾒﾝﾄ#2"});
    CHECK(found(m, "将来ｳﾞｨｼﾞｮﾝ") == std::vector<std::string>{"ｳﾞｨｼﾞｮﾝ#3"});
    // グ has its mark already: a second ﾞ does not compose and stays outside the link.
    CHECK(found(m, "ブログﾞを") == std::vector<std::string>{"ブログ#4"});
    CHECK(found(m, "ﾌﾞﾛｸﾞﾞを") == std::vector<std::string>{"ﾌﾞﾛｸﾞ#4"});
    // The mark changes the character: ﾊﾞｽ is バス, not ハス; NFD ガ is not カ.
    CHECK(found(m, "ﾊﾞｽ停").empty());
    CHECK(found(m, "\u30AB\u3099").empty());
    CHECK(found(m, "ｶ ﾞ") == std::vector<std::string>{"ｶ#6"});  // a space between: no composing
}

TEST_CASE("matcher: a Latin term across a line break", "[glossary][matcher]") {
    TermMatcher m;
    m.add("Society 5.0", 1);
    m.add("AI", 2);
    m.build();
    CHECK(found(m, "Society\n5.0の実現") == std::vector<std::string>{"Society\n5.0#1"});
    CHECK(found(m, "M\nAI") == std::vector<std::string>{"AI#2"});  // the break is a word edge
    CHECK(found(m, "MA\nIL").empty());
}

TEST_CASE("matcher: overlapping terms and 10,000 terms", "[glossary][matcher]") {
    TermMatcher m;
    m.add("関係人口", 1);
    m.add("人口ビジョン", 2);
    m.add("交流人口", 3);
    for (int i = 0; i < 10000; ++i) m.add("用語" + std::to_string(i) + "番", 100 + i);
    m.build();
    CHECK(m.size() == 10003);
    CHECK(found(m, "関係人口ビジョン") == std::vector<std::string>{"関係人口#1"});
    CHECK(found(m, "用語9999番と用語42番") == std::vector<std::string>{"用語9999番#10099", "用語42番#142"});
}

static std::string link(const std::string& md, bool all = false) {
    static Glossary g;
    g.terms.clear();
    auto add = [&](std::string term, std::vector<std::string> aliases, std::string anchor) {
        Term t;
        t.term = term;
        t.aliases = aliases;
        t.anchor = anchor;
        t.definition = "説明";
        g.terms.push_back(t);
    };
    add("AI", {}, "t-AI");
    add("AI-OCR", {}, "t-AI-OCR");
    add("デジタルトランスフォーメーション", {"DX"}, "t-dx");
    add("関係人口", {}, "t-関係人口");
    add("ガバメント", {}, "t-gov");
    add("Society 5.0", {}, "t-s5");
    TermIndex idx = build_term_index(g, "p");
    MarkdownParser parser;
    Diagnostics d;
    auto doc = parser.parse({{"x.md", 1}, md}, d);
    link_glossary_terms(doc.get(), idx, {all, "../g.html"});
    return render_html(doc.get(), {});
}

TEST_CASE("linker: never in headings, links or code, once per page", "[glossary][linker]") {
    std::string h = link("## AIと関係人口\n\nAIと[関係人口](x.md)と`AI`、AIとAI。\n");
    CHECK(h.find("<h2>AIと関係人口</h2>") != std::string::npos);
    CHECK(h.find("<a href=\"x.md\">関係人口</a>") != std::string::npos);
    CHECK(h.find("<code>AI</code>") != std::string::npos);
    size_t first = h.find("class=\"term\"");
    REQUIRE(first != std::string::npos);
    CHECK(h.find("class=\"term\"", first + 1) == std::string::npos);  // once per page
    CHECK(h.find("href=\"../g.html#t-AI\"") != std::string::npos);
    CHECK(h.find("（用語の説明）</span></a>") != std::string::npos);
    std::string all = link("AIとAI。\n", true);
    CHECK(all.find("class=\"term\"", all.find("class=\"term\"") + 1) != std::string::npos);
}

TEST_CASE("linker: AI-OCR inside emphasis, an alias, a term split by an unmatched delimiter", "[glossary][linker]") {
    std::string h = link("*AI-OCR*を導入し、DXを進めるMAIL。\n");
    CHECK(h.find("<em><a class=\"term\" href=\"../g.html#t-AI-OCR\"") != std::string::npos);
    CHECK(h.find("#t-AI\"") == std::string::npos);
    CHECK(h.find("href=\"../g.html#t-dx\"") != std::string::npos);
    CHECK(h.find(">DX<span") != std::string::npos);  // the source's spelling is shown
    std::string split = link("関係*人口の話\n");
    CHECK(split.find("#t-") == std::string::npos);  // 関係*人口 is not the term
    std::string entity = link("関係&#20154;口\n");  // 人 written as an entity
    CHECK(entity.find("#t-%E9%96%A2%E4%BF%82%E4%BA%BA%E5%8F%A3") != std::string::npos);
}

TEST_CASE("linker: a soft line break inside a term, half-width and NFD spellings", "[glossary][linker]") {
    const std::string kankei = "href=\"../g.html#t-%E9%96%A2%E4%BF%82%E4%BA%BA%E5%8F%A3\"";
    std::string h = link("A 関係\n人口の話\n");
    CHECK(h.find(kankei) != std::string::npos);
    CHECK(h.find("\">関係\n人口<span class=\"visually-hidden\">") != std::string::npos);  // the break is kept
    CHECK(h.find("</a>の話</p>") != std::string::npos);
    std::string two = link("*強調*\n関係\n人口\nと\n関係人口\n", true);
    CHECK(two.find("<em>強調</em>\n<a class=\"term\"") != std::string::npos);
    CHECK(two.find("</a>\nと\n<a class=\"term\"") != std::string::npos);
    CHECK(link("関係\n\n人口\n").find("class=\"term\"") == std::string::npos);  // two paragraphs
    CHECK(link("関係  \n人口\n").find("class=\"term\"") == std::string::npos);  // a hard break is a <br>: not linked
    std::string latin = link("Society\n5.0 の実現\n");
    CHECK(latin.find("#t-s5\"") != std::string::npos);
    CHECK(latin.find("\">Society\n5.0<span") != std::string::npos);
    CHECK(link("ｶﾞﾊﾞﾒﾝﾄ\n").find("\">ｶﾞﾊﾞﾒﾝﾄ<span") != std::string::npos);
    const std::string nfd = "\u30AB\u3099\u30CF\u3099\u30E1\u30F3\u30C8";
    CHECK(link(nfd + "\n").find("\">" + nfd + "<span") != std::string::npos);
}

TEST_CASE("50音 order: voiced and small kana equal plain, ー takes the vowel, katakana as hiragana", "[glossary][gojuon]") {
    CHECK(gojuon_less("かんけいじんこう", "がんばる") == true);   // か = が at the first level, then ん < ん… by next chars
    CHECK(gojuon_less("はは", "ばば") == true);
    CHECK(gojuon_less("ばば", "ぱぱ") == true);
    CHECK(gojuon_key("こーひー") == gojuon_key("こおひい"));
    CHECK(gojuon_key("きゃく") == gojuon_key("きやく"));
    CHECK(gojuon_key("コワーキング") == gojuon_key("こわあきんく"));
    std::vector<std::string> r = {"りしほきゅうせいど", "あいしーてぃー", "いーびーぴーえむ", "けーぴーあい", "かんけいじんこう"};
    std::sort(r.begin(), r.end(), gojuon_less);
    CHECK(r == std::vector<std::string>{"あいしーてぃー", "いーびーぴーえむ", "かんけいじんこう", "けーぴーあい", "りしほきゅうせいど"});
    CHECK(gojuon_row("ゆーあいたーん") == "や");
    CHECK(gojuon_row("ぱそこん") == "は");
    CHECK(gojuon_row("abc") == "他");
}

TEST_CASE("glossary.yaml: duplicates, missing reading, empty definition", "[glossary][yaml]") {
    Diagnostics d;
    auto terms = parse_glossary({true, "g.yaml",
                                 "- term: 関係人口\n  reading: かんけいじんこう\n  definition: 説明\n"
                                 "- term: ＫＰＩ\n  reading: けーぴーあい\n  definition: 指標\n  aliases: [重要業績評価指標]\n"
                                 "- term: KPI\n  reading: けーぴーあい\n  definition: 重複\n"
                                 "- term: 読みなし\n  definition: x\n"
                                 "- term: 空\n  reading: から\n  definition: \"\"\n"
                                 "- term: 読み\n  reading: Yomi\n  definition: x\n"},
                                "", d);
    CHECK(d.find("glossary.duplicate-term")->where.line == 8);
    CHECK(d.find("field.missing"));
    CHECK(d.find("field.empty"));
    CHECK(d.find("glossary.bad-reading"));
    REQUIRE(terms.size() >= 2);
    CHECK(terms[0].anchor == "t-関係人口");
    auto local = parse_glossary({true, "p.yaml", "- term: 観光交流客数\n  reading: かんこう\n  definition: x\n  id: kanko\n"}, "izu", d);
    CHECK(local[0].anchor == "t-izu-kanko");
}

// Where the problems in the first term's definition are reported, as "line:column".
static std::vector<std::string> definition_places(const std::string& yaml) {
    Diagnostics d;
    auto terms = parse_glossary({true, "g.yaml", yaml}, "", d);
    REQUIRE(terms.size() == 1);
    MarkdownParser parser;
    const MarkdownSource src(terms[0].definition_at, terms[0].definition);
    auto doc = parser.parse(src, d);
    sanitize_tree(doc.get(), src, d);
    std::vector<std::string> out;
    for (const Diagnostic& x : d.sorted()) {
        CHECK(x.where.path == "g.yaml");
        out.push_back(std::to_string(x.where.line) + ":" + std::to_string(x.where.column) + " " + x.code);
    }
    return out;
}

TEST_CASE("glossary.yaml: a problem in a definition is placed where it is in the file", "[glossary][yaml]") {
    using V = std::vector<std::string>;
    const std::string head = "- term: 危険\n  reading: きけん\n  aliases: [きけん語]\n";
    CHECK(definition_places(head + "  definition: 説明[L](javascript:alert(1)) と <iframe>\n") ==
          V{"4:17 link.unsafe-scheme", "4:44 html.not-allowed"});
    CHECK(definition_places(head + "  definition: \"引用\\\"符\\\" <iframe>\"\n") == V{"4:24 html.not-allowed"});
    CHECK(definition_places(head + "  definition: '引用''符'' <iframe>'\n") == V{"4:24 html.not-allowed"});
    CHECK(definition_places("- {term: 起業, reading: きぎょう, definition: 説明 <iframe>}\n") == V{"1:44 html.not-allowed"});
    // Over several lines: literal and folded blocks, a plain value folded onto a second line.
    CHECK(definition_places(head + "  definition: |\n    一行目\n\n    二行目 <iframe>\n") == V{"7:9 html.not-allowed"});
    CHECK(definition_places(head + "  definition: >-\n    一行目の説明\n    二行目 [x](javascript:y)\n") ==
          V{"6:9 link.unsafe-scheme"});
    CHECK(definition_places(head + "  definition: 一行目\n    二行目 <iframe>\n") == V{"5:9 html.not-allowed"});
    CHECK(definition_places(head + "  definition: \"一行目\n    二行目 \\u3042 <iframe>\"\n") == V{"5:16 html.not-allowed"});
}

TEST_CASE("the 50音 index bar reaches plan-only terms too", "[glossary][page]") {
    Glossary g;
    Term site_term;
    site_term.term = "関係人口";
    site_term.reading = "かんけいじんこう";
    site_term.anchor = "t-関係人口";
    Term plan_term;
    plan_term.term = "創業";
    plan_term.reading = "そうぎょう";
    plan_term.plan = "alpha";
    plan_term.anchor = "t-alpha-創業";
    g.terms = {site_term, plan_term};
    Site site;
    Plan p;
    p.id = "alpha";
    p.short_title = "アルファ計画";
    site.plans.push_back(p);
    Diagnostics td;
    Templates templates(load_theme_files("", "", td), td);
    std::string h = render_glossary_body(templates, g, site, {}, {});
    CHECK(h.find("<a href=\"#row-%E3%81%8B\">か</a>") != std::string::npos);        // the site's か row
    CHECK(h.find("<a href=\"#alpha-row-%E3%81%95\">さ</a>") != std::string::npos);  // only the plan has さ
    CHECK(h.find("<h3 id=\"alpha-row-さ\">") != std::string::npos);
    CHECK(h.find("さ<span class=\"visually-hidden\">（該当なし）") == std::string::npos);
    CHECK(h.find("た<span class=\"visually-hidden\">（該当なし）") != std::string::npos);
}
