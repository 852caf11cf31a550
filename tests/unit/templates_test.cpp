// Tests for src/render/templates: the theme's Mustache templates escape as the renderer does.
#include <catch2/catch.hpp>

#include "render/templates.hpp"

using namespace planpub;

TEST_CASE("template values are escaped like the rest of the HTML", "[templates]") {
    ThemeFiles files;
    for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = "{{x}}|{{{x}}}";
    Diagnostics diags;
    Templates t(files, diags);
    REQUIRE(t.ok());
    mustache::data d;
    d.set("x", "O'Neil & <b>\"");
    // html_escape's forms (&#39;), not kainjow's own &apos;: one escape for every output.
    CHECK(t.render("home", d) == "O&#39;Neil &amp; &lt;b&gt;&quot;|O'Neil & <b>\"");
}

TEST_CASE("a spliced value gives the bytes the value itself gives, however the template writes it", "[templates]") {
    const std::string value = "<p>O'Neil & {{not a tag}}</p>\n";
    const char* const shapes[] = {
        "<main>{{{body}}}</main>",                             // once, unescaped: spliced
        "<main>{{& body}}</main>",                             // the other unescaped form
        "{{body}}",                                            // escaped: never the marker
        "{{{body}}}{{{body}}}",                                // twice
        "none",                                                // not at all
        "{{#body}}[{{{.}}}]{{/body}}{{^body}}empty{{/body}}",  // as a section
        "{{{body}}}\n{{#x}}\n{{x}}\n{{/x}}\n",                 // standalone tags after it
        "a\n{{#x}}{{{body}}}{{/x}}\nb",                        // on a line with section tags
    };
    for (const char* shape : shapes) {
        ThemeFiles files;
        for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = shape;
        Diagnostics diags;
        Templates t(files, diags);
        REQUIRE(t.ok());
        // A blank value on a line with section tags drops the line in kainjow; a marker would not.
        for (const std::string& v : {value, std::string(), std::string(" \t ")}) {
            mustache::data plain, spliced;
            plain.set("x", "1");
            spliced.set("x", "1");
            if (!v.empty()) plain.set("body", v);  // an empty value is left out, as page::put does
            INFO(shape << " with " << (v.empty() ? "an empty" : "a") << " value");
            CHECK(t.render_spliced("home", spliced, "body", v, 16) == t.render("home", plain));
        }
    }
}

TEST_CASE("a list rendered item by item gives the bytes of the whole list, however the template writes it",
          "[templates]") {
    const char* const shapes[] = {
        "<h1>{{root}}</h1>\n{{#items}}\n<li>{{name}} {{root}}</li>\n{{/items}}\n<p>{{root}}</p>\n",  // cut
        "{{#items}}\n{{#flag}}\nyes\n{{/flag}}{{^flag}}\nno\n{{/flag}}\n{{name}}\n{{/items}}",  // cut, no last newline
        "a\n{{#items}}\n\n{{name}}\n\n{{/items}}\n\nb",                                         // blank lines: cut
        "{{#items}}\n{{/items}}\n",                                                             // nothing inside
        "  {{#items}}\n{{name}}\n  {{/items}}\n",                                               // indented tags
        "  {{#items}}\n{{name}}\n{{/items}}\n",                                                 // one indented
        "<ul>{{#items}}<li>{{name}}</li>{{/items}}</ul>",                                       // on one line
        "{{^items}}none{{/items}}\n{{#items}}\n{{name}}\n{{/items}}\n",                         // the key twice
        "{{#wrap}}\n{{#items}}\n{{name}}\n{{/items}}\n{{/wrap}}\n",                             // inside a section
        "{{=<% %>=}}\n<%#items%>\n<%name%>\n<%/items%>\n",                                      // other delimiters
        "{{#items}}\n{{name}}\n",                                                               // never closed
    };
    const auto item = [](size_t i) {
        mustache::data d;
        d.set("name", "<b>" + std::to_string(i) + " & 'x'</b>");
        d.set("flag", mustache::data(i % 2 == 0));
        return d;
    };
    for (const char* shape : shapes) {
        ThemeFiles files;
        for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = shape;
        Diagnostics diags;
        Templates t(files, diags);
        if (!t.ok()) continue;                      // the unclosed one: reported, never rendered
        for (size_t count : {0, 1, 3, 129, 300}) {  // past 128 items the string is reserved ahead
            mustache::data whole, streamed, list = mustache::data::type::list;
            for (size_t i = 0; i < count; ++i) list.push_back(item(i));
            for (mustache::data* d : {&whole, &streamed}) {
                d->set("root", "R&D");
                d->set("wrap", mustache::data(true));
            }
            whole.set("items", list);
            INFO(shape << " with " << count << " items");
            CHECK(t.render_list("home", streamed, "items", count, item) == t.render("home", whole));
        }
    }
}

TEST_CASE("many spliced values give the bytes the values give, and a marker written escaped is refused",
          "[templates]") {
    const auto data_of = [](const std::vector<std::string>& html, const std::string& title,
                            std::vector<std::string_view>* values) {
        mustache::data d, parts = mustache::data::type::list;
        for (const std::string& h : html) {
            mustache::data part;
            part.set("title", title);
            part.set("html", values ? Templates::splice_value(*values, h) : mustache::data(h));
            parts.push_back(part);
        }
        d.set("parts", parts);
        return d;
    };
    const std::vector<std::string> html = {"<p>one & {{two}}</p>\n", "  ", "<p>\x01planpub-splice&9\x02</p>"};
    struct Shape {
        const char* text;
        bool escaped, shows_title;
    };
    const Shape shapes[] = {
        {"{{#parts}}<h2>{{{title}}}</h2>\n{{{html}}}\n{{/parts}}", false, true},               // each once: spliced
        {"{{#parts}}\n{{#title}}{{{html}}}{{/title}}\n{{/parts}}\n{{{html}}}", false, false},  // blank one in a section
        {"{{#parts}}{{{html}}}|{{html}}{{/parts}}", true, false},                              // escaped too: refused
    };
    // The marker's name in the site's own text (control characters included, as a test can give
    // them) is never taken for a marker.
    for (const Shape& shape : shapes)
        for (const std::string title : {"T", "planpub-splice&0\x02", "\x01planpub-splice&\x02"}) {
            ThemeFiles files;
            for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = shape.text;
            Diagnostics diags;
            Templates t(files, diags);
            REQUIRE(t.ok());
            std::vector<std::string_view> values;
            const mustache::data marked = data_of(html, title, &values);
            const std::optional<std::string> got = t.render_splicing("home", marked, values, 0);
            const std::string want = t.render("home", data_of(html, title, nullptr));
            INFO(shape.text << " with the title " << title);
            if (shape.escaped || (shape.shows_title && title != "T"))
                CHECK_FALSE(got);
            else
                CHECK(got == want);
        }
}
