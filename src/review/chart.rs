//! The monthly chart: reporting rate and done rate by month, drawn by
//! plotters into a bitmap with the embedded DejaVu Sans (every Vietnamese
//! glyph; no system font is looked for), then encoded as PNG.

use std::sync::Once;

use anyhow::Result;
use plotters::prelude::*;
use plotters::style::FontStyle;

use super::Draft;
use crate::error::user_msg;
use crate::i18n::{Msg, plain};
use crate::output::rate_tenths;

/// The chart's font, shipped in the binary (licence beside it).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FAMILY: &str = "sans-serif";

/// The picture's size in pixels: 16 × 8 cm at 200 dpi.
pub const WIDTH: u32 = 1260;
pub const HEIGHT: u32 = 630;

static REGISTER: Once = Once::new();

fn register_font() -> Result<()> {
    let mut failed = false;
    REGISTER.call_once(|| {
        failed = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_err();
    });
    if failed {
        return Err(user_msg(Msg::new("review-chart-font"), None));
    }
    Ok(())
}

/// A rate in percent as a float for drawing, None when there is no base.
fn percent(a: i64, b: i64) -> Option<f64> {
    rate_tenths(a, b).map(|t| t as f64 / 10.0)
}

/// The chart of `draft`'s ended months as a PNG.
pub fn monthly_png(draft: &Draft) -> Result<Vec<u8>> {
    register_font()?;
    let lang = draft.lang;
    let months: Vec<_> = draft.months.iter().filter(|m| m.ended).collect();
    let mut pixels = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let n = months.len().max(1) as i32;
        let mut chart = ChartBuilder::on(&root)
            .margin(20)
            .x_label_area_size(70)
            .y_label_area_size(100)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..105f64)
            .map_err(draw_error)?;
        // At most about twelve labels, on months that divide the year.
        let step = [1, 2, 3, 4, 6, 12]
            .into_iter()
            .find(|s| months.len() <= 12 * s)
            .unwrap_or(12);
        let label = |x: &f64| -> String {
            let i = x.round() as usize;
            match months.get(i) {
                Some(m) if (x - x.round()).abs() < 1e-6 && i.is_multiple_of(step) => {
                    format!("{:02}/{:02}", m.month.month, m.month.year % 100)
                }
                _ => String::new(),
            }
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(months.len().min(40))
            .x_label_formatter(&label)
            .y_label_formatter(&|y| format!("{y:.0}%"))
            .x_label_style((FAMILY, 30))
            .y_label_style((FAMILY, 30))
            .y_desc(plain(lang, "review-chart-rate"))
            .axis_desc_style((FAMILY, 32))
            .draw()
            .map_err(draw_error)?;
        let blue = RGBColor(31, 78, 160);
        let red = RGBColor(192, 57, 43);
        let series = [
            (
                plain(lang, "review-chart-reporting-rate"),
                blue,
                months
                    .iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        percent(m.submitted_reports, m.expected_reports).map(|p| (i as f64, p))
                    })
                    .collect::<Vec<_>>(),
            ),
            (
                plain(lang, "review-chart-done-rate"),
                red,
                months
                    .iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        percent(m.items_done, m.items_reported).map(|p| (i as f64, p))
                    })
                    .collect::<Vec<_>>(),
            ),
        ];
        for (name, colour, points) in series {
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(4)))
                .map_err(draw_error)?
                .label(name)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 30, y)], colour.stroke_width(4))
                });
            chart
                .draw_series(points.iter().map(|p| Circle::new(*p, 5, colour.filled())))
                .map_err(draw_error)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::LowerRight)
            .label_font((FAMILY, 32))
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK)
            .draw()
            .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    encode_png(&pixels)
}

fn draw_error<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    user_msg(
        Msg::new("review-chart-failed").arg("reason", format!("{e:?}")),
        None,
    )
}

fn encode_png(pixels: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // 200 dpi, so the picture's own size is the one it has in the document.
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: 7874,
            yppu: 7874,
            unit: png::Unit::Meter,
        }));
        let mut writer = encoder.write_header()?;
        writer.write_image_data(pixels)?;
    }
    Ok(out)
}
