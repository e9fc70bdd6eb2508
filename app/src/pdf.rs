//! Small printable documents (document des secrets, letters, receipts):
//! A4 pages of titles, paragraphs and label/value lines, in DejaVu Sans
//! embedded as a subset so every French character prints and can be copied
//! back out of the PDF. Server only: produced on demand, never stored.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
/// For what is copied by hand: every character its own shape (l, I, 1…).
const MONO: &[u8] = include_bytes!("../fonts/DejaVuSansMono-Bold.ttf");
/// (PDF name, subset tag, stem width) of each style's font.
const FONTS: [(&str, &str, f32); 3] = [
    ("DejaVuSans", "DMPAAA", 80.0),
    ("DejaVuSans-Bold", "DMPAAB", 140.0),
    ("DejaVuSansMono-Bold", "DMPAAC", 140.0),
];

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;

/// One piece of a document, laid out top to bottom.
#[derive(Clone, Debug)]
pub enum Block {
    Title(String),
    Heading(String),
    Paragraph(String),
    /// A label and its value on one line (the value in bold), wrapped if long.
    Field(String, String),
    /// Vertical space, in points.
    Space(f32),
    /// A label and its value in large type, for cards read at arm's length.
    Large(String, String),
    /// The next blocks start on a new page.
    PageBreak,
    /// A label and a value to copy by hand (a password), in a monospaced
    /// bold type where similar characters differ.
    Secret(String, String),
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Style {
    Regular,
    Bold,
    Mono,
}

struct Line {
    page: usize,
    x: f32,
    y: f32,
    size: f32,
    style: Style,
    text: String,
}

struct Layout {
    lines: Vec<Line>,
    page: usize,
    y: f32,
}

impl Layout {
    /// Places one line below the previous one, on a new page if needed.
    fn put(&mut self, x: f32, size: f32, style: Style, text: String, gap: f32) {
        let leading = size * 1.35;
        if self.y - leading < MARGIN {
            self.page += 1;
            self.y = PAGE_HEIGHT - MARGIN;
        }
        self.y -= leading;
        self.lines.push(Line {
            page: self.page,
            x,
            y: self.y,
            size,
            style,
            text,
        });
        self.y -= gap;
    }
}

struct Face {
    data: &'static [u8],
    face: ttf_parser::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Face {
        Face {
            data,
            face: ttf_parser::Face::parse(data, 0).expect("shipped font parses"),
        }
    }

    fn glyph(&self, c: char) -> u16 {
        self.face
            .glyph_index(c)
            .or_else(|| self.face.glyph_index('?'))
            .map_or(0, |g| g.0)
    }

    /// Advance of a glyph in PDF text space units (1/1000 em).
    fn advance(&self, glyph: u16) -> f32 {
        let units = f32::from(self.face.units_per_em());
        f32::from(
            self.face
                .glyph_hor_advance(ttf_parser::GlyphId(glyph))
                .unwrap_or(0),
        ) * 1000.0
            / units
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / 1000.0
    }

    fn scale(&self, v: i16) -> f32 {
        f32::from(v) * 1000.0 / f32::from(self.face.units_per_em())
    }
}

/// Splits `text` into lines no wider than `width`, at spaces.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if face.width(&candidate, size) > width && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        lines.push(line);
    }
    lines
}

/// Renders the blocks into a French PDF with `title` in its metadata.
pub fn render(title: &str, blocks: &[Block]) -> Vec<u8> {
    render_in("fr", title, blocks)
}

/// The same in the language `lang` (a BCP 47 tag, for screen readers).
pub fn render_in(lang: &str, title: &str, blocks: &[Block]) -> Vec<u8> {
    let faces = [Face::load(REGULAR), Face::load(BOLD), Face::load(MONO)];
    let face = |s: Style| &faces[s as usize];
    let width = PAGE_WIDTH - 2.0 * MARGIN;
    // A label's colon: spaced in French only (« Titulaire : », « Holder: »).
    let colon = if lang == "fr" { " :" } else { ":" };

    // Layout.
    let mut layout = Layout {
        lines: Vec::new(),
        page: 0,
        y: PAGE_HEIGHT - MARGIN,
    };
    for block in blocks {
        match block {
            Block::Title(t) => {
                for l in wrap(face(Style::Bold), t, 18.0, width) {
                    layout.put(MARGIN, 18.0, Style::Bold, l, 2.0);
                }
                layout.y -= 8.0;
            }
            Block::Heading(t) => {
                layout.y -= 6.0;
                for l in wrap(face(Style::Bold), t, 13.0, width) {
                    layout.put(MARGIN, 13.0, Style::Bold, l, 1.0);
                }
                layout.y -= 2.0;
            }
            Block::Paragraph(t) => {
                for l in wrap(face(Style::Regular), t, 11.0, width) {
                    layout.put(MARGIN, 11.0, Style::Regular, l, 0.0);
                }
                layout.y -= 6.0;
            }
            Block::Field(label, value) => {
                layout.put(MARGIN, 11.0, Style::Regular, format!("{label}{colon}"), 0.0);
                for l in wrap(face(Style::Bold), value, 13.0, width - 16.0) {
                    layout.put(MARGIN + 16.0, 13.0, Style::Bold, l, 0.0);
                }
                layout.y -= 8.0;
            }
            Block::Space(points) => layout.y -= points,
            Block::Large(label, value) => {
                layout.put(MARGIN, 14.0, Style::Regular, format!("{label}{colon}"), 0.0);
                for l in wrap(face(Style::Bold), value, 22.0, width - 16.0) {
                    layout.put(MARGIN + 16.0, 22.0, Style::Bold, l, 0.0);
                }
                layout.y -= 8.0;
            }
            Block::Secret(label, value) => {
                layout.put(MARGIN, 11.0, Style::Regular, format!("{label}{colon}"), 2.0);
                for l in wrap(face(Style::Mono), value, 16.0, width - 16.0) {
                    layout.put(MARGIN + 16.0, 16.0, Style::Mono, l, 0.0);
                }
                layout.y -= 8.0;
            }
            Block::PageBreak => {
                if layout.lines.last().is_some_and(|l| l.page == layout.page) {
                    layout.page += 1;
                    layout.y = PAGE_HEIGHT - MARGIN;
                }
            }
        }
    }
    let lines = layout.lines;
    let pages = lines.last().map_or(1, |l| l.page + 1);

    // Glyphs used per font, renumbered densely for the subsets.
    let mut remappers: [subsetter::GlyphRemapper; 3] = Default::default();
    let mut to_unicode: [BTreeMap<u16, char>; 3] = Default::default();
    for line in &lines {
        let i = line.style as usize;
        for c in line.text.chars() {
            let new = remappers[i].remap(faces[i].glyph(c));
            to_unicode[i].entry(new).or_insert(c);
        }
    }

    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let mut alloc = || next.bump();
    let catalog_id = alloc();
    let pages_id = alloc();
    let info_id = alloc();
    let font_ids: Vec<[Ref; 5]> = (0..FONTS.len())
        .map(|_| [alloc(), alloc(), alloc(), alloc(), alloc()])
        .collect();
    let page_ids: Vec<(Ref, Ref)> = (0..pages).map(|_| (alloc(), alloc())).collect();

    pdf.catalog(catalog_id)
        .pages(pages_id)
        .lang(pdf_writer::TextStr(lang));
    pdf.pages(pages_id)
        .kids(page_ids.iter().map(|(p, _)| *p))
        .count(pages as i32);
    pdf.document_info(info_id)
        .title(TextStr(title))
        .producer(TextStr("Mon DMP"));

    for (i, [type0, cid, descriptor, file, cmap]) in font_ids.iter().copied().enumerate() {
        let f = &faces[i];
        let (name, tag, stem) = FONTS[i];
        // Subset tags make each embedded subset's name unique, as PDF asks.
        let base = format!("{tag}+{name}");
        pdf.type0_font(type0)
            .base_font(Name(base.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(cmap);
        let system_info = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        };
        let mut cid_font = pdf.cid_font(cid);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(Name(base.as_bytes()))
            .system_info(system_info)
            .font_descriptor(descriptor)
            .default_width(0.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        let widths: Vec<f32> = remappers[i]
            .remapped_gids()
            .map(|old| f.advance(old))
            .collect();
        cid_font.widths().consecutive(0, widths);
        cid_font.finish();
        let bbox = f.face.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(Name(base.as_bytes()))
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                f.scale(bbox.x_min),
                f.scale(bbox.y_min),
                f.scale(bbox.x_max),
                f.scale(bbox.y_max),
            ))
            .italic_angle(0.0)
            .ascent(f.scale(f.face.ascender()))
            .descent(f.scale(f.face.descender()))
            .cap_height(f.scale(f.face.capital_height().unwrap_or(f.face.ascender())))
            .stem_v(stem)
            .font_file2(file);
        let subset = subsetter::subset(f.data, 0, &remappers[i]).expect("font subsets");
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&subset, 6);
        pdf.stream(file, &compressed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), subset.len() as i32);
        let mut unicode = UnicodeCmap::new(Name(b"Custom"), system_info);
        for (glyph, c) in &to_unicode[i] {
            unicode.pair(*glyph, *c);
        }
        pdf.cmap(cmap, &unicode.finish());
    }

    for (n, (page_id, content_id)) in page_ids.iter().copied().enumerate() {
        let mut content = Content::new();
        for line in lines.iter().filter(|l| l.page == n) {
            let i = line.style as usize;
            let glyphs: Vec<u8> = line
                .text
                .chars()
                .flat_map(|c| {
                    remappers[i]
                        .get(faces[i].glyph(c))
                        .unwrap_or(0)
                        .to_be_bytes()
                })
                .collect();
            content
                .begin_text()
                .set_font(Name(format!("F{}", i + 1).as_bytes()), line.size)
                .next_line(line.x, line.y)
                .show(Str(&glyphs))
                .end_text();
        }
        let stream = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
        pdf.stream(content_id, &stream).filter(Filter::FlateDecode);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
            .parent(pages_id)
            .contents(content_id);
        let mut resources = page.resources();
        let mut fonts = resources.fonts();
        for (i, ids) in font_ids.iter().enumerate() {
            fonts.pair(Name(format!("F{}", i + 1).as_bytes()), ids[0]);
        }
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).expect("a valid PDF");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages).expect("text extracts")
    }

    #[test]
    fn french_text_survives_the_round_trip() {
        let pdf = render(
            "Essai",
            &[
                Block::Title("Hélène Œuvre-Çà : « accents » et ligatures".into()),
                Block::Field("Identifiant de connexion".into(), "dmp-7KQ4-XW2P".into()),
            ],
        );
        assert!(pdf.starts_with(b"%PDF-"));
        let text = text_of(&pdf);
        assert!(text.contains("Hélène Œuvre-Çà"), "{text}");
        assert!(text.contains("« accents »"), "{text}");
        assert!(text.contains("dmp-7KQ4-XW2P"), "{text}");
    }

    #[test]
    fn long_text_wraps_and_flows_onto_new_pages() {
        let long = "Le dossier médical partagé garde vos données de santé. ".repeat(300);
        let pdf = render("Long", &[Block::Paragraph(long)]);
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        assert!(doc.get_pages().len() > 1);
    }

    #[test]
    fn fonts_are_embedded_as_small_subsets() {
        let pdf = render("Court", &[Block::Paragraph("Bonjour".into())]);
        assert!(pdf.len() < 40_000, "{} bytes", pdf.len());
    }
}
