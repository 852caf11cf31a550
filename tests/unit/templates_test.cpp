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
