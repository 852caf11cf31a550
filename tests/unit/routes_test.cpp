// Tests for src/vocab/routes: every output path from one function, links between them.
#include <catch2/catch.hpp>

#include "vocab/routes.hpp"

using namespace planpub;

TEST_CASE("routes name every output path once", "[routes]") {
    CHECK(routes::home() == "index.html");
    CHECK(routes::plan("x") == "x/index.html");
    CHECK(routes::page("x", "purpose") == "x/purpose/index.html");
    CHECK(routes::plan_kpi("x") == "x/kpi/index.html");
    CHECK(routes::plan_print("x") == "x/print/index.html");
    CHECK(routes::plan_pdf("222097", "x") == "opendata/222097/x/222097_x.pdf");
    CHECK(routes::plan_file("x", "a b.pdf") == "x/files/a b.pdf");
    CHECK(routes::glossary() == "glossary/index.html");
    CHECK(routes::opendata_page() == "opendata/index.html");
    CHECK(routes::plan_data_prefix("012025", "x") == "opendata/012025/x/012025_x_");
    CHECK(routes::opendata_schema("plan.schema.json") == "opendata/schemas/plan.schema.json");
    CHECK(routes::bomless("opendata/012025/x/a.csv") == "opendata/nobom/012025/x/a.csv");
    CHECK(routes::within_opendata("opendata/glossary.csv") == "glossary.csv");
    CHECK(routes::within_opendata("x/index.html") == "x/index.html");
    CHECK(routes::sitemap_part(2) == "sitemap-2.xml");
}

TEST_CASE("relative urls between output pages", "[routes]") {
    // From a page (its path) or its folder: the same link.
    CHECK(routes::relative_url("x/purpose/index.html", routes::plan_kpi("x")) == "../kpi/index.html");
    CHECK(routes::relative_url("x/purpose/", routes::plan_kpi("x")) == "../kpi/index.html");
    CHECK(routes::relative_url(routes::plan("x"), routes::plan_kpi("x")) == "kpi/index.html");
    CHECK(routes::relative_url(routes::plan("x"), routes::home()) == "../index.html");
    CHECK(routes::relative_url(routes::page("x", "a"), routes::glossary()) == "../../glossary/index.html");
    CHECK(routes::relative_url(routes::glossary(), routes::page("x", "a")) == "../x/a/index.html");
    CHECK(routes::relative_url(routes::opendata_page(), "opendata/schemas/a.json") == "schemas/a.json");
    // Names that share leading characters but not a folder ("abc" and "abc-2") climb out.
    CHECK(routes::relative_url(routes::plan("abc"), routes::plan("abc-2")) == "../abc-2/index.html");
    CHECK(routes::relative_url(routes::home(), routes::plan("x")) == "x/index.html");
}

TEST_CASE("media types by extension", "[routes]") {
    CHECK(routes::media_type_of("x/index.html") == "text/html; charset=utf-8");
    CHECK(routes::media_type_of("opendata/catalog.jsonld") == "application/ld+json");
    CHECK(routes::media_type_of("opendata/a.csv") == "text/csv; charset=utf-8");
    CHECK(routes::media_type_of("x/files/a.bin") == "application/octet-stream");
    CHECK(routes::media_type_of(routes::plan_evaluation_sheet("222097", "beta", 2026)) ==
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(routes::plan_evaluation_sheet("222097", "beta", 2026) ==
          "opendata/222097/beta/222097_beta_evaluation_2026.xlsx");
}
