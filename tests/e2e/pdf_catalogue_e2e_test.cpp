// End to end: the PDF `planpub pdf` prints is a distribution of the plan's dataset — in DCAT, the
// datapackage, the open-data list, the open-data page and the plan page's schema.org (issue 21).
// A stand-in for chromium writes the PDF, so this runs without a browser; tests/print/check_pdf.py
// prints with the real one.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace planpub::test;

namespace {

// Writes "%PDF-1.7 stand-in" where chromium would write the printed PDF.
fs::path fake_chromium(const fs::path& dir) {
    fs::path exe = dir / "chromium";
    write_file(exe,
               "#!/bin/sh\n"
               "for a; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.7 stand-in\\n' > \"${a#--print-to-pdf=}\";; "
               "esac; done\n");
    fs::permissions(exe, fs::perms::owner_all);
    return exe;
}

const nlohmann::json* find_by(const nlohmann::json& list, const std::string& key, const std::string& value) {
    for (const auto& item : list)
        if (item.contains(key) && item[key].is_string() && item[key].get<std::string>() == value) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("planpub pdf: the PDF is listed wherever the plan's open data is", "[e2e][opendata][print]") {
    TempDir t;
    write_minimal_site(t.path() / "c");
    const fs::path out = t.path() / "o";
    auto r = run_shell("PLANPUB_CHROMIUM=" + q(fake_chromium(t.path())) + " " + PLANPUB_BINARY + " pdf --content " +
                       q(t.path() / "c") + " --out " + q(out));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string pdf_path = "opendata/222097/alpha/222097_alpha.pdf";
    const std::string url = "https://example.jp/plans/" + pdf_path;
    REQUIRE(read_file(out / pdf_path) == "%PDF-1.7 stand-in\n");
    const size_t size = fs::file_size(out / pdf_path);

    auto catalog = nlohmann::json::parse(read_file(out / "opendata/catalog.jsonld"));
    const std::string dump = catalog.dump();
    INFO(dump.substr(0, 400));
    CHECK(dump.find(url + "#distribution") != std::string::npos);
    CHECK(dump.find("file-type/PDF") != std::string::npos);
    CHECK(dump.find("application/pdf") != std::string::npos);
    CHECK(dump.find("\"" + std::to_string(size) + "\"") != std::string::npos);  // dcat:byteSize

    auto package = nlohmann::json::parse(read_file(out / "opendata/datapackage.json"));
    const nlohmann::json* resource = find_by(package["resources"], "path", "222097/alpha/222097_alpha.pdf");
    REQUIRE(resource);
    CHECK((*resource)["mediatype"] == "application/pdf");
    CHECK((*resource)["bytes"] == size);

    const std::string list = read_file(out / "opendata/nobom/open_data_list.csv");
    const size_t row = list.find(url);
    REQUIRE(row != std::string::npos);
    const size_t start = list.rfind("\r\n", row), end = list.find("\r\n", row);
    CHECK(list.substr(start, end - start).find(",PDF,") != std::string::npos);

    const std::string page = read_file(out / "opendata/index.html");
    CHECK(page.find("222097_alpha.pdf") != std::string::npos);

    const std::string plan_page = read_file(out / "alpha/index.html");
    auto ld = nlohmann::json::parse(between(plan_page, "<script type=\"application/ld+json\">", "</script>"));
    const nlohmann::json* download = find_by(ld["distribution"], "contentUrl", url);
    REQUIRE(download);
    CHECK((*download)["encodingFormat"] == "application/pdf");

    // A plain build has no PDF: none is copied and none is listed (never a link to a missing file).
    r = run_planpub("build --content " + q(t.path() / "c") + " --out " + q(out));
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(fs::exists(out / pdf_path));
    CHECK(read_file(out / "opendata/catalog.jsonld").find(".pdf") == std::string::npos);
}
