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
