#include "import/docx_container.hpp"

#include <zip.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <pugixml.hpp>

namespace planpub {

namespace {

const char* const kNotDocxHint = "save the file from Word as 'Word 文書 (*.docx)' and import that file";

ImportProblem not_docx(const std::string& why) { return {"import.not-docx", "not a .docx file: " + why, kNotDocxHint}; }

// The text of w:t below node, leaving out text boxes nested in it.
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (auto child : node.children()) {
        if (std::strcmp(child.name(), "w:txbxContent") == 0 || std::strcmp(child.name(), "mc:Fallback") == 0) continue;
        if (std::strcmp(child.name(), "w:t") == 0) out += child.text().get();
        collect_text(child, out);
    }
}

}  // namespace

std::vector<DocxTextBox> read_text_boxes(const std::string& document_xml) {
    std::vector<DocxTextBox> boxes;
    pugi::xml_document doc;
    if (!doc.load_buffer(document_xml.data(), document_xml.size())) return boxes;
    for (auto x : doc.select_nodes("//w:txbxContent")) {
        pugi::xml_node box = x.node();
        bool fallback = false, nested = false;
        pugi::xml_node anchor;
        for (auto p = box.parent(); p; p = p.parent()) {
            if (std::strcmp(p.name(), "mc:Fallback") == 0) fallback = true;
            if (std::strcmp(p.name(), "w:txbxContent") == 0) nested = true;
            if (!anchor && std::strcmp(p.name(), "w:p") == 0) anchor = p;
        }
        if (fallback || nested) continue;
        DocxTextBox b;
        if (anchor) collect_text(anchor, b.anchor_text);
        for (auto p : box.select_nodes(".//w:p")) {
            std::string text;
            collect_text(p.node(), text);
            if (!text.empty()) b.paragraphs.push_back(text);
        }
        if (!b.paragraphs.empty()) boxes.push_back(std::move(b));
    }
    return boxes;
}

std::optional<ImportProblem> check_docx(const std::string& path, std::vector<DocxTextBox>& boxes) {
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[8] = {};
    if (!in || !in.read(reinterpret_cast<char*>(magic), 8)) {
        if (!in.is_open())
            return ImportProblem{"import.unreadable", "cannot read the file: " + std::string(std::strerror(errno)),
                                 "check the file name and that planpub may read it"};
        return not_docx("the file is shorter than any zip file");
    }
    static const unsigned char cfb[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (std::memcmp(magic, cfb, 8) == 0)
        return ImportProblem{"import.encrypted",
                             "the file is an OLE compound file: a password-protected (encrypted) .docx or an old "
                             "Word 97–2003 .doc",
                             "remove the password in Word (ファイル → 情報 → 文書の保護) or save the file as .docx, "
                             "then import it again"};
    if (!(magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4))
        return not_docx("it does not start with a zip signature (a .docx is a zip file)");
    int err = 0;
    std::unique_ptr<zip_t, decltype(&zip_discard)> z(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err),
                                                     &zip_discard);
    if (!z) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        std::string why = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        return not_docx("the zip cannot be read (" + why + ")");
    }
    zip_int64_t n = zip_get_num_entries(z.get(), 0);
    if (n > DocxLimits::max_entries)
        return ImportProblem{"import.docx-too-large",
                             "the zip holds " + std::to_string(n) + " parts; a .docx has tens (limit " +
                                 std::to_string(DocxLimits::max_entries) + ")",
                             "this is not a Word document as Word writes it; save it again from Word"};
    // Inflated here, counted as read: sizes in the central directory can lie.
    uint64_t total = 0;
    std::string document_xml;
    bool has_document = false;
    std::vector<char> buf(1 << 16);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(z.get(), zip_uint64_t(i), 0);
        bool is_document = name && std::strcmp(name, "word/document.xml") == 0;
        has_document = has_document || is_document;
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(z.get(), zip_uint64_t(i), 0), &zip_fclose);
        if (!f) {
            if (zip_error_code_zip(zip_get_error(z.get())) == ZIP_ER_NOPASSWD)
                return ImportProblem{"import.encrypted", "the zip's parts are encrypted",
                                     "remove the password in Word and save the file as .docx again"};
            return not_docx(std::string("part \"") + (name ? name : "?") + "\" cannot be read (" +
                            zip_strerror(z.get()) + ")");
        }
        for (;;) {
            zip_int64_t got = zip_fread(f.get(), buf.data(), buf.size());
            if (got < 0) return not_docx(std::string("part \"") + (name ? name : "?") + "\" is damaged");
            if (got == 0) break;
            total += uint64_t(got);
            if (total > DocxLimits::max_total_bytes)
                return ImportProblem{"import.docx-too-large",
                                     "the file inflates to more than " +
                                         std::to_string(DocxLimits::max_total_bytes >> 20) + " MB (a zip bomb?)",
                                     "a plan's Word file is a few MB; reduce the pictures' size in Word (図の圧縮) "
                                     "and save again"};
            if (is_document) document_xml.append(buf.data(), size_t(got));
        }
    }
    if (!has_document) return not_docx("the zip has no word/document.xml (is it an .xlsx, .pptx or .odt?)");
    boxes = read_text_boxes(document_xml);
    return std::nullopt;
}

}  // namespace planpub
