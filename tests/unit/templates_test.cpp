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
    };
    for (const char* shape : shapes) {
        ThemeFiles files;
        for (int i = 0; kRequiredTemplates[i]; ++i) files.templates[kRequiredTemplates[i]] = shape;
        Diagnostics diags;
        Templates t(files, diags);
        REQUIRE(t.ok());
        for (const std::string& v : {value, std::string()}) {
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
        if (!t.ok()) continue;  // the unclosed one: reported, never rendered
        for (size_t count : {0, 1, 3}) {
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
