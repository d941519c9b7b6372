//! What a file is, told by its first bytes and not by its name: a clerk's
//! "members.csv" may be a workbook, a Word document or a PDF.

use memchr::memmem;

use crate::import::sheet::Kind;

/// What the first bytes of a file (all of it, for a zip) say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A workbook calamine reads.
    Workbook(Kind),
    /// Text, to be read as CSV.
    Text,
    /// Something that is neither: the catalogue id of its description,
    /// as in "… is a Word document".
    Other(&'static str),
}

/// A zip archive (.xlsx, .docx, .ods …).
pub fn is_zip(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06")
}

/// An OLE2 compound file (.xls, .doc, .ppt of Office 97–2003).
fn is_ole2(head: &[u8]) -> bool {
    head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Does the file need reading whole to be told (a zip or an OLE2 file,
/// whose parts are named inside it)?
pub fn needs_whole(head: &[u8]) -> bool {
    is_zip(head) || is_ole2(head)
}

/// What a file is: `bytes` is its beginning, or all of it when
/// `needs_whole` says so.
pub fn content(bytes: &[u8]) -> Content {
    let has = |needle: &[u8]| memmem::find(bytes, needle).is_some();
    if is_zip(bytes) {
        // The parts' names are stored uncompressed, and an OpenDocument
        // file starts with its uncompressed `mimetype`.
        let head = &bytes[..bytes.len().min(200)];
        let head_has = |needle: &[u8]| memmem::find(head, needle).is_some();
        return if head_has(b"application/vnd.oasis.opendocument.spreadsheet") {
            Content::Workbook(Kind::Ods)
        } else if head_has(b"application/vnd.oasis.opendocument.text") {
            Content::Other("sniff-odt")
        } else if head_has(b"application/vnd.oasis.opendocument") {
            Content::Other("sniff-od-other")
        } else if has(b"xl/workbook.bin") {
            Content::Workbook(Kind::Xlsb)
        } else if has(b"xl/workbook.") {
            Content::Workbook(Kind::Xlsx)
        } else if has(b"word/document") {
            Content::Other("sniff-docx")
        } else if has(b"ppt/") {
            Content::Other("sniff-pptx")
        } else {
            Content::Other("sniff-zip")
        };
    }
    if is_ole2(bytes) {
        let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        return if has(&utf16("Workbook")) || has(&utf16("Book")) {
            Content::Workbook(Kind::Xls)
        } else if has(&utf16("WordDocument")) {
            Content::Other("sniff-doc")
        } else {
            Content::Other("sniff-office-other")
        };
    }
    if bytes.starts_with(b"%PDF") {
        return Content::Other("sniff-pdf");
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Content::Other("sniff-utf16");
    }
    if bytes.starts_with(b"{\\rtf") {
        return Content::Other("sniff-rtf");
    }
    if bytes.starts_with(b"\x89PNG") || bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Content::Other("sniff-image");
    }
    // A NUL in a CSV cell is refused with its line; one in the first line,
    // where the header stands, means this is no text at all.
    let first_line = &bytes[..memchr::memchr(b'\n', bytes).unwrap_or(bytes.len())];
    if first_line.contains(&0) {
        return Content::Other("sniff-binary");
    }
    Content::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_by_their_first_bytes() {
        assert_eq!(content(b"code,name\n"), Content::Text);
        assert_eq!(content(b"%PDF-1.7\n"), Content::Other("sniff-pdf"));
        assert_eq!(
            content(b"PK\x03\x04....[Content_Types].xml word/document.xml"),
            Content::Other("sniff-docx")
        );
        assert_eq!(
            content(b"PK\x03\x04....xl/workbook.xml"),
            Content::Workbook(Kind::Xlsx)
        );
        assert_eq!(
            content(
                b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            ),
            Content::Workbook(Kind::Ods)
        );
        assert_eq!(content(b"PK\x03\x04 other"), Content::Other("sniff-zip"));
        assert!(matches!(content(&[0; 100]), Content::Other(_)));
        assert_eq!(content(b"code,name\nA,\0\n"), Content::Text);
    }
}
