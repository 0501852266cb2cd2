//! Server-side SVG drawing of a national node's link graph.
//!
//! Cases are the graph's nodes, links found by the federation's hit/no-hit
//! linkage are its edges. The SVG is embedded inline in a server-rendered
//! HTML page whose Content-Security-Policy forbids scripts *and* inline
//! styles, so everything visual is expressed with SVG presentation
//! attributes (`fill`, `stroke`, `font-size`, …) and CSS classes that the
//! page's own stylesheet may refine (for example `.node:focus-visible`).
//!
//! # Layout
//!
//! The layout must be byte-for-byte reproducible (pages are cached and
//! compared, and tests pin the output), so nothing depends on the OS, hash
//! seeds or the clock:
//!
//! 1. Nodes are de-duplicated by id (first wins) and kept in input order;
//!    edges naming an unknown id, or the node itself, are dropped.
//! 2. The graph is split into connected components. Each component is laid
//!    out on its own with Fruchterman–Reingold: the initial placement is a
//!    golden-angle (sunflower) spiral in breadth-first order from the
//!    best-connected node, so neighbours start near each other and the
//!    spring system converges in a fixed, modest number of iterations. The
//!    rotation is done by repeated multiplication with a constant unit
//!    complex number instead of `sin`/`cos`, so no libm routine (whose last
//!    bits may differ between platforms) is involved; only `+ - * / sqrt`,
//!    which IEEE 754 pins down exactly. The iteration count shrinks with
//!    the component size so that a 500-node component costs about as much
//!    as a 100-node one (`O(n²)` per iteration).
//! 3. A separation pass pushes apart any two markers closer than
//!    [`MIN_CENTRE_DIST`], so markers never cover each other.
//! 4. Each label is placed greedily beside its node (right, left, below,
//!    above and the four diagonals; left first on right-to-left pages),
//!    choosing the spot that overlaps the fewest labels, markers and edges
//!    already there (own cases first). A foreign case's label that would
//!    still be mostly covered is left out: in a dense core it would be
//!    unreadable and hide others, and the node keeps its `<title>`.
//!    Labels get a white halo (`paint-order="stroke"`) so the edges they
//!    still cross do not hurt legibility.
//! 5. Components are packed in rows ("shelves"), biggest first, to roughly
//!    the aspect ratio asked for in [`GraphOptions`]; isolated nodes become
//!    one-node components at the end of the last rows.
//! 6. The `viewBox` is fitted to the content (but never smaller than the
//!    requested size, so a three-node graph is not blown up to page width)
//!    and the root gets `width="100%"` so the page scales it.
//!
//! # Accessibility (WCAG 2.1 AA)
//!
//! * The root is `role="group"` (not `img`: an image's children are
//!   presentational, which would hide the links), named and described by
//!   its `<title>`/`<desc>` through `aria-labelledby`/`aria-describedby`.
//! * Every node with an `href` is an SVG 2 `<a href>` (not `xlink:href`)
//!   whose `<title>` child is its accessible name and tooltip, so keyboard
//!   users can Tab through the cases. Nodes without a page are
//!   `role="img"` groups with a `<title>`. Their visual content is
//!   `aria-hidden` so screen readers do not read the label twice.
//! * Nodes come first in document order and edges after them, so the Tab
//!   order reaches the cases before the (possibly many) links. The visible
//!   edge lines are painted underneath the nodes in an `aria-hidden` layer;
//!   the focusable/tooltipped edge is a transparent, wide "hit" line drawn
//!   after the nodes and trimmed so that it does not cover the markers.
//! * Colour is never the only channel: each country has its own marker
//!   shape (BE circle, FR square, ES diamond, MA triangle, others a
//!   pentagon, hexagon or inverted triangle) and its ISO code is written
//!   inside the marker. Own cases are larger, have a thick black outline
//!   and a bold label. Retracted links are dashed as well as lighter.
//! * Colours are the Okabe–Ito colour-blind-safe palette. Text is `#1a1a1a`
//!   on white (17:1); the code inside a marker is black or white, whichever
//!   contrasts more with the fill (every pair is at least 4.5:1, which a
//!   test checks). Edge strokes keep at least 3:1 against white (1.4.11).
//! * The root sets `direction` explicitly, because an inline SVG inherits
//!   the page's `dir`, and `text-anchor="start"`/`"end"` follow it: on a
//!   right-to-left page the legend is drawn on the left, labels prefer the
//!   left side of their node, and anchors are chosen accordingly.
//!
//! # Escaping
//!
//! Every text node and attribute value, hrefs included, goes through
//! [`escape`], which escapes `& < > " '` and drops characters that are not
//! allowed in XML 1.0 (so the output always parses). As defence in depth
//! (the CSP already blocks `javascript:` URLs), an `href` whose scheme is
//! anything but `http`/`https` is not made a link at all.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A case in the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphNode {
    /// Unique key (duplicates: the first one wins).
    pub id: String,
    /// Visible label, e.g. "FED 2016/0072" or "FR-PNAT · 3f9a…"; truncated
    /// to [`LABEL_MAX_CHARS`] characters when drawn.
    pub label: String,
    /// ISO 3166 code: "BE", "FR", "ES", "MA" or another.
    pub country: String,
    /// One of this node's own cases (drawn larger, with a thick outline).
    pub own: bool,
    /// The case page; `None` for foreign cases (not a link then).
    pub href: Option<String>,
    /// Accessible name and tooltip.
    pub title: String,
}

/// A link between two cases.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphEdge {
    /// Id of one end.
    pub a: String,
    /// Id of the other end.
    pub b: String,
    /// Link score in `0..=1` (clamped; NaN counts as 0) → stroke width.
    pub strength: f64,
    /// `false` for retracted links: dashed and lighter.
    pub active: bool,
    /// The link's (evidence) page.
    pub href: Option<String>,
    /// Accessible name and tooltip.
    pub title: String,
}

/// Drawing options.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphOptions {
    /// Preferred width in SVG units: the minimum `viewBox` width and, with
    /// `height`, the aspect ratio components are packed towards.
    pub width: u32,
    /// Preferred height in SVG units (see `width`).
    pub height: u32,
    /// The SVG's `<title>` (its accessible name).
    pub title: String,
    /// The SVG's `<desc>` (its accessible description).
    pub desc: String,
    /// `(country code, display name in the page's language)`, drawn as a
    /// legend in the given order.
    pub legend: Vec<(String, String)>,
    /// Right-to-left page (Arabic): legend on the left, labels prefer the
    /// left of their node.
    pub rtl: bool,
    /// Legend text for the "own case" marker style (thick outline); no
    /// legend entry when `None`.
    pub legend_own: Option<String>,
    /// Legend text for retracted (dashed) links; no entry when `None`.
    pub legend_retracted: Option<String>,
    /// Prefix of the element ids in the SVG (`{prefix}-title`,
    /// `{prefix}-desc`); give each graph on one page its own. Characters
    /// other than ASCII letters, digits, `-` and `_` are dropped; empty
    /// means `link-graph`.
    pub id_prefix: String,
}

impl Default for GraphOptions {
    fn default() -> Self {
        Self {
            width: 960,
            height: 600,
            title: String::new(),
            desc: String::new(),
            legend: Vec::new(),
            rtl: false,
            legend_own: None,
            legend_retracted: None,
            id_prefix: String::new(),
        }
    }
}

/// Ideal edge length of the force layout (SVG units).
const IDEAL_EDGE: f64 = 85.0;
/// Equal-area "radius" of a foreign case's marker.
const R_FOREIGN: f64 = 10.0;
/// Equal-area "radius" of an own case's marker.
const R_OWN: f64 = 13.0;
/// How far the pointiest shape reaches, relative to its equal-area radius.
const MAX_REACH_FACTOR: f64 = 1.56;
/// No two marker centres end up closer than this: the largest marker's
/// full extent plus a little air.
pub const MIN_CENTRE_DIST: f64 = 2.0 * R_OWN * MAX_REACH_FACTOR + 4.0;
/// Labels longer than this many characters are cut and end in "…".
pub const LABEL_MAX_CHARS: usize = 24;
const LEGEND_MAX_CHARS: usize = 32;
const LABEL_FONT: f64 = 11.0;
const CODE_FONT: f64 = 8.0;
/// Average advance of a sans-serif glyph, in em; used to estimate text
/// widths without font metrics (server side, no fonts at hand).
const CHAR_EM: f64 = 0.6;
const LABEL_GAP: f64 = 5.0;
const COMPONENT_GAP: f64 = 40.0;
const MARGIN: f64 = 16.0;
const LEGEND_ROW: f64 = 28.0;
const LEGEND_PAD: f64 = 10.0;
const LEGEND_GAP: f64 = 24.0;
/// Near-black text: 17.4:1 against white.
const TEXT_COLOUR: &str = "#1a1a1a";
/// Active links: 8.5:1 against white.
const EDGE_COLOUR: &str = "#4d4d4d";
/// Retracted links: lighter ("faded") but still 3.4:1 against white, so
/// the line stays perceivable (WCAG 1.4.11); the dashes carry the meaning.
const EDGE_RETRACTED_COLOUR: &str = "#8c8c8c";
/// Repulsion range, in ideal edge lengths.
const REPULSION_CUTOFF: f64 = 3.0;
/// Upper bound on pair interactions per component layout, to keep a
/// 500-node component to roughly 100 iterations.
const PAIR_BUDGET: usize = 30_000_000;

/// Marker shapes; one per country so colour is not the only channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    TriangleDown,
    Pentagon,
    Hexagon,
}

impl Shape {
    /// How far the shape reaches from its centre, relative to its
    /// equal-area radius (used for label offsets and overlap tests).
    fn reach(self) -> f64 {
        match self {
            Shape::Circle => 1.0,
            Shape::Square => 1.0,
            Shape::Diamond => 1.26,
            Shape::Triangle | Shape::TriangleDown => MAX_REACH_FACTOR,
            Shape::Pentagon => 1.15,
            Shape::Hexagon => 1.1,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct CountryStyle {
    fill: &'static str,
    /// Colour of the code written inside the marker (≥ 4.5:1 on `fill`).
    ink: &'static str,
    shape: Shape,
}

fn normalise_country(country: &str) -> String {
    country.trim().to_ascii_uppercase()
}

/// FNV-1a: a fixed hash (std's `DefaultHasher` is not guaranteed stable
/// across releases).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn country_style(country: &str) -> CountryStyle {
    // Okabe–Ito palette. The four federation countries get the four most
    // distinct hues; other countries share the remaining three colours and
    // three shapes, picked by a fixed hash so a country keeps its look.
    match normalise_country(country).as_str() {
        "BE" => CountryStyle {
            fill: "#E69F00",
            ink: "#000000",
            shape: Shape::Circle,
        },
        "FR" => CountryStyle {
            fill: "#0072B2",
            ink: "#FFFFFF",
            shape: Shape::Square,
        },
        "ES" => CountryStyle {
            fill: "#D55E00",
            ink: "#000000",
            shape: Shape::Diamond,
        },
        "MA" => CountryStyle {
            fill: "#009E73",
            ink: "#000000",
            shape: Shape::Triangle,
        },
        other => {
            let h = fnv1a(other);
            let fill = match h % 3 {
                0 => "#56B4E9",
                1 => "#CC79A7",
                _ => "#F0E442",
            };
            let shape = match (h / 3) % 3 {
                0 => Shape::Pentagon,
                1 => Shape::Hexagon,
                _ => Shape::TriangleDown,
            };
            CountryStyle {
                fill,
                ink: "#000000",
                shape,
            }
        }
    }
}

/// Fill colour of a country's markers: Okabe–Ito orange (BE), blue (FR),
/// vermillion (ES) and bluish green (MA); any other code gets sky blue,
/// reddish purple or yellow, chosen by a fixed hash of the upper-cased code.
pub fn country_colour(country: &str) -> &'static str {
    country_style(country).fill
}

/// XML-escapes `s` for text and attribute values alike; drops characters
/// XML 1.0 forbids (and C1 controls) so the output always parses, and
/// turns tabs/newlines into spaces (attribute values normalise them anyway).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // `&apos;` is not an HTML 4 entity; the numeric form works in
            // both the HTML parser and XML.
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c < ' ' || ('\u{7f}'..='\u{9f}').contains(&c) => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Cuts `s` to at most `max` characters (not bytes: labels may be Arabic
/// or accented), ending in "…" when cut.
fn truncate_chars(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Wraps `s` in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a
/// label takes its direction from its own first letter rather than from
/// the page: "FR-PNAT · 3f9a…" keeps its ellipsis on the right on an
/// Arabic page, and an Arabic name reads right to left on a French one.
fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// Only relative URLs and http(s) become links: a `javascript:` or `data:`
/// href is already blocked by the CSP, but should never reach the page.
fn safe_href(href: Option<&str>) -> Option<&str> {
    let h = href?.trim();
    if h.is_empty() {
        return None;
    }
    // Browsers ignore ASCII whitespace and controls inside a scheme
    // ("java\tscript:"), so look at the string without them.
    let squeezed: String = h
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_ascii_whitespace())
        .collect();
    match squeezed.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
                Some(h)
            } else {
                None
            }
        }
        _ => Some(h),
    }
}

/// Formats a coordinate with one decimal; never "NaN", "inf" or "-0".
fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        "0".to_string()
    } else {
        format!("{r}")
    }
}

fn sanitise_prefix(p: &str) -> String {
    let s: String = p
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        s
    } else {
        "link-graph".to_string()
    }
}

fn text_width(chars: usize, font: f64, bold: bool) -> f64 {
    let w = chars as f64 * font * CHAR_EM;
    if bold { w * 1.08 } else { w }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct P {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn around(c: P, half: f64) -> Rect {
        Rect {
            x0: c.x - half,
            y0: c.y - half,
            x1: c.x + half,
            y1: c.y + half,
        }
    }

    fn shift(self, d: P) -> Rect {
        Rect {
            x0: self.x0 + d.x,
            y0: self.y0 + d.y,
            x1: self.x1 + d.x,
            y1: self.y1 + d.y,
        }
    }

    fn union(self, o: Rect) -> Rect {
        Rect {
            x0: self.x0.min(o.x0),
            y0: self.y0.min(o.y0),
            x1: self.x1.max(o.x1),
            y1: self.y1.max(o.y1),
        }
    }

    fn overlap(self, o: Rect) -> f64 {
        let w = self.x1.min(o.x1) - self.x0.max(o.x0);
        let h = self.y1.min(o.y1) - self.y0.max(o.y0);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }

    /// Whether the segment `a`–`b` passes through the rectangle
    /// (Liang–Barsky clipping).
    fn hits_segment(self, a: P, b: P) -> bool {
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let mut t0: f64 = 0.0;
        let mut t1: f64 = 1.0;
        for (p, q) in [
            (-dx, a.x - self.x0),
            (dx, self.x1 - a.x),
            (-dy, a.y - self.y0),
            (dy, self.y1 - a.y),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// Where a label's text extends from its anchor point, independent of the
/// writing direction (mapped to `text-anchor` by [`anchor_attr`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Extends {
    Right,
    Left,
    Centre,
}

/// `text-anchor` is relative to the inline direction, which the root sets
/// explicitly: in `direction="rtl"` "start" is the right-hand edge.
fn anchor_attr(e: Extends, rtl: bool) -> &'static str {
    match (e, rtl) {
        (Extends::Centre, _) => "middle",
        (Extends::Right, false) | (Extends::Left, true) => "start",
        (Extends::Left, false) | (Extends::Right, true) => "end",
    }
}

/// A node after de-duplication, with everything drawing needs.
struct Item<'a> {
    node: &'a GraphNode,
    style: CountryStyle,
    /// Equal-area radius.
    size: f64,
    /// How far the marker reaches from its centre.
    reach: f64,
    label: String,
    label_w: f64,
}

struct Label {
    /// Anchor point relative to the node centre (baseline).
    at: P,
    extends: Extends,
    /// Box relative to the node centre.
    rect: Rect,
}

/// Resolved edge: indices into the item list.
struct Link<'a> {
    a: usize,
    b: usize,
    edge: &'a GraphEdge,
}

/// Draws the link graph as an inline SVG document fragment (no XML
/// declaration), see the module documentation.
pub fn render_svg(nodes: &[GraphNode], edges: &[GraphEdge], opts: &GraphOptions) -> String {
    let prefix = sanitise_prefix(&opts.id_prefix);
    let (items, links) = prepare(nodes, edges);

    if items.is_empty() {
        // The page prints its own "no links yet" text; keep the element
        // tiny but still named and described.
        let mut out = String::new();
        open_root(&mut out, &prefix, opts, 1.0, 1.0, true);
        out.push_str("</svg>\n");
        return out;
    }

    let n = items.len();
    let adj = adjacency(n, &links);
    let comps = components(n, &adj);

    // Lay out each component at its own origin, then pack.
    let mut pos = vec![P::default(); n];
    let mut labels: Vec<Option<Label>> = (0..n).map(|_| None).collect();
    let mut boxes: Vec<(Vec<usize>, Rect)> = Vec::with_capacity(comps.len());
    for comp in comps {
        let local = force_layout(&comp, &adj, &items);
        for (&g, &p) in comp.iter().zip(local.iter()) {
            if let Some(slot) = pos.get_mut(g) {
                *slot = p;
            }
        }
        place_labels(&comp, &links, &items, &pos, &mut labels, opts.rtl);
        let bbox = component_bbox(&comp, &items, &pos, &labels);
        boxes.push((comp, bbox));
    }

    let aspect = if opts.width > 0 && opts.height > 0 {
        f64::from(opts.width) / f64::from(opts.height)
    } else {
        1.6
    };
    let (content_w, content_h) = pack(&mut boxes, &mut pos, aspect);

    // Legend dimensions.
    let legend = legend_rows(opts);
    let legend_w = legend_width(&legend);
    let legend_h = if legend.is_empty() {
        0.0
    } else {
        2.0 * LEGEND_PAD + legend.len() as f64 * LEGEND_ROW
    };
    let legend_space = if legend.is_empty() {
        0.0
    } else {
        legend_w + LEGEND_GAP
    };

    let graph_w = (content_w + 2.0 * MARGIN).max(f64::from(opts.width) - legend_space);
    let total_w = graph_w + legend_space;
    let total_h = (content_h + 2.0 * MARGIN)
        .max(legend_h + 2.0 * MARGIN)
        .max(f64::from(opts.height));
    // Graph area starts after the legend on right-to-left pages; content
    // is centred in it when the requested size is larger than the drawing.
    let graph_x = if opts.rtl { legend_space } else { 0.0 };
    let shift = P {
        x: graph_x + (graph_w - content_w) / 2.0,
        y: (total_h - content_h) / 2.0,
    };
    for p in pos.iter_mut() {
        p.x += shift.x;
        p.y += shift.y;
    }

    let mut out = String::with_capacity(256 + n * 400 + links.len() * 300);
    open_root(&mut out, &prefix, opts, total_w, total_h, false);
    let _ = writeln!(
        out,
        "<rect class=\"graph-bg\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#FFFFFF\"/>",
        num(total_w),
        num(total_h)
    );
    draw_edge_lines(&mut out, &links, &pos);
    draw_nodes(&mut out, &items, &pos, &labels, opts.rtl);
    draw_edge_hits(&mut out, &links, &items, &pos);
    if !legend.is_empty() {
        let x = if opts.rtl {
            MARGIN
        } else {
            total_w - legend_w - MARGIN
        };
        draw_legend(&mut out, &legend, x, MARGIN, legend_w, legend_h, opts.rtl);
    }
    out.push_str("</svg>\n");
    out
}

fn open_root(out: &mut String, prefix: &str, opts: &GraphOptions, w: f64, h: f64, empty: bool) {
    let dir = if opts.rtl { "rtl" } else { "ltr" };
    // An empty graph gets a fixed tiny size; otherwise width="100%" and the
    // viewBox's aspect ratio gives the height.
    let size = if empty {
        "width=\"1\" height=\"1\"".to_string()
    } else {
        "width=\"100%\"".to_string()
    };
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"link-graph\" viewBox=\"0 0 {} {}\" {size} \
         role=\"group\" aria-labelledby=\"{prefix}-title\" aria-describedby=\"{prefix}-desc\" \
         direction=\"{dir}\" font-family=\"sans-serif\">",
        num(w),
        num(h)
    );
    let _ = writeln!(
        out,
        "<title id=\"{prefix}-title\">{}</title>\n<desc id=\"{prefix}-desc\">{}</desc>",
        escape(&opts.title),
        escape(&opts.desc)
    );
}

/// De-duplicates nodes (first wins) and resolves edges, dropping those that
/// name an unknown node or connect a node to itself.
fn prepare<'a>(nodes: &'a [GraphNode], edges: &'a [GraphEdge]) -> (Vec<Item<'a>>, Vec<Link<'a>>) {
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut items = Vec::with_capacity(nodes.len());
    for node in nodes {
        if index.contains_key(node.id.as_str()) {
            continue;
        }
        index.insert(node.id.as_str(), items.len());
        let style = country_style(&node.country);
        let size = if node.own { R_OWN } else { R_FOREIGN };
        let label = truncate_chars(&node.label, LABEL_MAX_CHARS);
        let label_w = text_width(label.chars().count(), LABEL_FONT, node.own);
        items.push(Item {
            node,
            style,
            size,
            reach: size * style.shape.reach(),
            label,
            label_w,
        });
    }
    let links = edges
        .iter()
        .filter_map(|edge| {
            let a = *index.get(edge.a.as_str())?;
            let b = *index.get(edge.b.as_str())?;
            (a != b).then_some(Link { a, b, edge })
        })
        .collect();
    (items, links)
}

/// Sorted, de-duplicated neighbour lists.
fn adjacency(n: usize, links: &[Link]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for l in links {
        if let Some(v) = adj.get_mut(l.a) {
            v.push(l.b);
        }
        if let Some(v) = adj.get_mut(l.b) {
            v.push(l.a);
        }
    }
    for v in adj.iter_mut() {
        v.sort_unstable();
        v.dedup();
    }
    adj
}

/// Connected components, biggest first (ties: earliest node first); each
/// listed in breadth-first order from its best-connected node, which is
/// the order of the initial spiral placement.
fn components(n: usize, adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let degree = |i: usize| adj.get(i).map_or(0, Vec::len);
    let mut seen = vec![false; n];
    let mut comps = Vec::new();
    for start in 0..n {
        if seen.get(start).copied().unwrap_or(true) {
            continue;
        }
        let members = bfs(start, adj, &mut seen);
        // Re-run the BFS from the hub: the spiral then grows outwards from
        // the centre of the component.
        let hub = members
            .iter()
            .copied()
            .max_by(|&x, &y| degree(x).cmp(&degree(y)).then(y.cmp(&x)))
            .unwrap_or(start);
        for &m in &members {
            if let Some(s) = seen.get_mut(m) {
                *s = false;
            }
        }
        comps.push(bfs(hub, adj, &mut seen));
    }
    comps.sort_by(|x, y| {
        y.len()
            .cmp(&x.len())
            .then(x.iter().min().cmp(&y.iter().min()))
    });
    comps
}

fn bfs(start: usize, adj: &[Vec<usize>], seen: &mut [bool]) -> Vec<usize> {
    let mut order = Vec::new();
    if let Some(s) = seen.get_mut(start) {
        *s = true;
    }
    order.push(start);
    let mut head = 0;
    while let Some(&v) = order.get(head) {
        head += 1;
        for &w in adj.get(v).map_or(&[][..], Vec::as_slice) {
            if let Some(s) = seen.get_mut(w)
                && !*s
            {
                *s = true;
                order.push(w);
            }
        }
    }
    order
}

/// Fruchterman–Reingold on one component; returns positions in the order
/// of `comp`, centred on the origin.
fn force_layout(comp: &[usize], adj: &[Vec<usize>], items: &[Item]) -> Vec<P> {
    let n = comp.len();
    if n == 0 {
        return Vec::new();
    }
    // Global → local index.
    let mut local: BTreeMap<usize, usize> = BTreeMap::new();
    for (li, &g) in comp.iter().enumerate() {
        local.insert(g, li);
    }
    let mut springs: Vec<(usize, usize)> = Vec::new();
    for (li, &g) in comp.iter().enumerate() {
        for w in adj.get(g).map_or(&[][..], Vec::as_slice) {
            if let Some(&lw) = local.get(w)
                && li < lw
            {
                springs.push((li, lw));
            }
        }
    }

    // Sunflower spiral: point i at radius ∝ √i, turned by the golden angle.
    // The rotation is a complex multiplication (no trig, see module doc).
    const GOLDEN_COS: f64 = -0.737_368_878_078_319_7;
    const GOLDEN_SIN: f64 = 0.675_490_294_261_523_8;
    let spacing = IDEAL_EDGE * 0.6;
    let (mut c, mut s) = (1.0_f64, 0.0_f64);
    let mut pos: Vec<P> = Vec::with_capacity(n);
    for i in 0..n {
        let r = spacing * (i as f64).sqrt();
        pos.push(P { x: r * c, y: r * s });
        let (nc, ns) = (
            c * GOLDEN_COS - s * GOLDEN_SIN,
            c * GOLDEN_SIN + s * GOLDEN_COS,
        );
        // Renormalise so rounding errors do not make the spiral drift.
        let len = (nc * nc + ns * ns).sqrt();
        (c, s) = (nc / len, ns / len);
    }

    if n > 1 {
        let k2 = IDEAL_EDGE * IDEAL_EDGE;
        let cutoff2 = k2 * REPULSION_CUTOFF * REPULSION_CUTOFF;
        let iterations = (PAIR_BUDGET / (n * n)).clamp(40, 300);
        let t_start = IDEAL_EDGE * ((n as f64).sqrt() * 0.5).max(1.0);
        let t_end = IDEAL_EDGE * 0.02;
        let mut disp = vec![P::default(); n];
        for it in 0..iterations {
            for d in disp.iter_mut() {
                *d = P::default();
            }
            // Repulsion between every pair.
            for (i, (d, p)) in disp.iter_mut().zip(pos.iter()).enumerate() {
                for (j, q) in pos.iter().enumerate() {
                    if i == j {
                        continue;
                    }
                    let (mut dx, mut dy) = (p.x - q.x, p.y - q.y);
                    let mut d2 = dx * dx + dy * dy;
                    if d2 < 1e-4 {
                        // Coincident nodes: separate them along a direction
                        // that depends only on their indices.
                        dx = if i < j { 0.01 } else { -0.01 };
                        dy = ((i + j) % 7) as f64 * 0.001;
                        d2 = dx * dx + dy * dy;
                    }
                    if d2 > cutoff2 {
                        continue;
                    }
                    let f = k2 / d2;
                    d.x += dx * f;
                    d.y += dy * f;
                }
            }
            // Attraction along springs: force d²/k, i.e. d/k per unit vector.
            for &(a, b) in &springs {
                let (Some(&pa), Some(&pb)) = (pos.get(a), pos.get(b)) else {
                    continue;
                };
                let (dx, dy) = (pa.x - pb.x, pa.y - pb.y);
                let dist = (dx * dx + dy * dy).sqrt();
                let f = dist / IDEAL_EDGE;
                if let Some(d) = disp.get_mut(a) {
                    d.x -= dx * f;
                    d.y -= dy * f;
                }
                if let Some(d) = disp.get_mut(b) {
                    d.x += dx * f;
                    d.y += dy * f;
                }
            }
            // Move by at most the temperature, which cools linearly.
            let t = t_start + (t_end - t_start) * (it as f64) / (iterations as f64);
            for (p, d) in pos.iter_mut().zip(disp.iter()) {
                let len = (d.x * d.x + d.y * d.y).sqrt();
                if len > 0.0 && len.is_finite() {
                    let step = len.min(t) / len;
                    p.x += d.x * step;
                    p.y += d.y * step;
                }
            }
        }
    }

    separate(&mut pos, comp, items);

    // Rows pack better with landscape components: transpose a portrait
    // one (a mirror image, which a graph drawing is free to be).
    let (w, h) = extent(&pos);
    if h > w {
        for p in pos.iter_mut() {
            (p.x, p.y) = (p.y, p.x);
        }
    }

    // Centre on the origin.
    let (sx, sy) = pos.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    let (cx, cy) = (sx / n as f64, sy / n as f64);
    for p in pos.iter_mut() {
        p.x -= cx;
        p.y -= cy;
    }
    pos
}

fn extent(pos: &[P]) -> (f64, f64) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in pos {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    if pos.is_empty() {
        (0.0, 0.0)
    } else {
        (x1 - x0, y1 - y0)
    }
}

/// Pushes apart markers whose centres are closer than [`MIN_CENTRE_DIST`]
/// (the force layout makes this rare, but does not guarantee it).
fn separate(pos: &mut [P], comp: &[usize], items: &[Item]) {
    let n = pos.len();
    // A little more than the minimum, so that pushing one pair apart does
    // not leave it just under the limit after a neighbour pushes back.
    let want = MIN_CENTRE_DIST + 2.0;
    for _sweep in 0..200 {
        let mut moved = false;
        for i in 0..n {
            for j in (i + 1)..n {
                let (Some(&p), Some(&q)) = (pos.get(i), pos.get(j)) else {
                    continue;
                };
                let (mut dx, mut dy) = (q.x - p.x, q.y - p.y);
                let mut dist = (dx * dx + dy * dy).sqrt();
                if dist >= MIN_CENTRE_DIST {
                    continue;
                }
                if dist < 1e-6 {
                    dx = 1.0;
                    dy = (j % 5) as f64 * 0.1;
                    dist = (dx * dx + dy * dy).sqrt();
                }
                // Own cases are bigger and more important: foreign ones
                // move more.
                let own = |k: usize| {
                    comp.get(k)
                        .and_then(|&g| items.get(g))
                        .is_some_and(|it| it.node.own)
                };
                let (wi, wj) = match (own(i), own(j)) {
                    (true, false) => (0.25, 0.75),
                    (false, true) => (0.75, 0.25),
                    _ => (0.5, 0.5),
                };
                let push = (want - dist) / dist;
                if let Some(a) = pos.get_mut(i) {
                    a.x -= dx * push * wi;
                    a.y -= dy * push * wi;
                }
                if let Some(b) = pos.get_mut(j) {
                    b.x += dx * push * wj;
                    b.y += dy * push * wj;
                }
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Candidate label positions around a node, in order of preference.
fn label_candidates(item: &Item, rtl: bool) -> Vec<Label> {
    let r = item.reach;
    let w = item.label_w;
    let h = LABEL_FONT * 1.3;
    // Baseline offset that centres a line of text vertically on y = 0.
    let mid = LABEL_FONT * 0.35;
    let side = r + LABEL_GAP;
    let diag = r * 0.75;
    let right = Label {
        at: P { x: side, y: mid },
        extends: Extends::Right,
        rect: Rect {
            x0: side,
            y0: -h / 2.0,
            x1: side + w,
            y1: h / 2.0,
        },
    };
    let left = Label {
        at: P { x: -side, y: mid },
        extends: Extends::Left,
        rect: Rect {
            x0: -side - w,
            y0: -h / 2.0,
            x1: -side,
            y1: h / 2.0,
        },
    };
    let below = Label {
        at: P {
            x: 0.0,
            y: r + 2.0 + LABEL_FONT,
        },
        extends: Extends::Centre,
        rect: Rect {
            x0: -w / 2.0,
            y0: r + 2.0,
            x1: w / 2.0,
            y1: r + 2.0 + h,
        },
    };
    let above = Label {
        at: P {
            x: 0.0,
            y: -r - 2.0 - h + LABEL_FONT,
        },
        extends: Extends::Centre,
        rect: Rect {
            x0: -w / 2.0,
            y0: -r - 2.0 - h,
            x1: w / 2.0,
            y1: -r - 2.0,
        },
    };
    let diagonal = |sx: f64, sy: f64| {
        let x = sx * (diag + LABEL_GAP);
        let (y0, y1) = if sy > 0.0 {
            (diag, diag + h)
        } else {
            (-diag - h, -diag)
        };
        Label {
            at: P {
                x,
                y: y0 + LABEL_FONT,
            },
            extends: if sx > 0.0 {
                Extends::Right
            } else {
                Extends::Left
            },
            rect: if sx > 0.0 {
                Rect {
                    x0: x,
                    y0,
                    x1: x + w,
                    y1,
                }
            } else {
                Rect {
                    x0: x - w,
                    y0,
                    x1: x,
                    y1,
                }
            },
        }
    };
    if rtl {
        vec![
            left,
            right,
            below,
            above,
            diagonal(-1.0, 1.0),
            diagonal(-1.0, -1.0),
            diagonal(1.0, 1.0),
            diagonal(1.0, -1.0),
        ]
    } else {
        vec![
            right,
            left,
            below,
            above,
            diagonal(1.0, 1.0),
            diagonal(1.0, -1.0),
            diagonal(-1.0, 1.0),
            diagonal(-1.0, -1.0),
        ]
    }
}

/// Greedy label placement for one component: own cases first (they matter
/// most to the reader), then in component order; each label takes the
/// candidate spot that collides least with markers, earlier labels and
/// edges.
fn place_labels(
    comp: &[usize],
    links: &[Link],
    items: &[Item],
    pos: &[P],
    labels: &mut [Option<Label>],
    rtl: bool,
) {
    let at = |g: usize| pos.get(g).copied().unwrap_or_default();
    let markers: Vec<Rect> = comp
        .iter()
        .map(|&g| Rect::around(at(g), items.get(g).map_or(R_OWN, |it| it.reach)))
        .collect();
    let in_comp: std::collections::BTreeSet<usize> = comp.iter().copied().collect();
    let segments: Vec<(usize, usize, P, P)> = links
        .iter()
        .filter(|l| in_comp.contains(&l.a))
        .map(|l| (l.a, l.b, at(l.a), at(l.b)))
        .collect();

    let mut order: Vec<usize> = comp.to_vec();
    order.sort_by_key(|&g| !items.get(g).is_some_and(|it| it.node.own));
    let mut placed: Vec<Rect> = Vec::with_capacity(comp.len());
    for g in order {
        let Some(item) = items.get(g) else { continue };
        let centre = at(g);
        let mut best: Option<(f64, f64, Label)> = None;
        for (rank, cand) in label_candidates(item, rtl).into_iter().enumerate() {
            let rect = cand.rect.shift(centre);
            // Area of the label hidden under earlier labels and markers.
            let mut covered = 0.0;
            for m in &placed {
                covered += rect.overlap(*m);
            }
            for (&other, m) in comp.iter().zip(markers.iter()) {
                if other != g {
                    covered += 2.0 * rect.overlap(*m);
                }
            }
            let mut cost = rank as f64 * 2.0 + covered;
            for &(a, b, pa, pb) in &segments {
                if rect.hits_segment(pa, pb) {
                    // An edge of this very node only reaches the label
                    // spot when it leaves in that direction; worse than
                    // a crossing edge, which the halo handles.
                    cost += if a == g || b == g { 60.0 } else { 40.0 };
                }
            }
            if best.as_ref().is_none_or(|(c, _, _)| cost < *c) {
                best = Some((cost, covered, cand));
            }
        }
        if let Some((_, covered, label)) = best {
            // In a crowded hairball an overlapping label is unreadable and
            // hides others: leave it out (the node's <title> still names
            // it). Own cases, placed first, always keep theirs.
            let area = (label.rect.x1 - label.rect.x0) * (label.rect.y1 - label.rect.y0);
            if !item.node.own && covered > 0.2 * area {
                continue;
            }
            placed.push(label.rect.shift(centre));
            if let Some(slot) = labels.get_mut(g) {
                *slot = Some(label);
            }
        }
    }
}

fn component_bbox(comp: &[usize], items: &[Item], pos: &[P], labels: &[Option<Label>]) -> Rect {
    let mut bbox: Option<Rect> = None;
    for &g in comp {
        let (Some(item), Some(&p)) = (items.get(g), pos.get(g)) else {
            continue;
        };
        // Outline stroke included.
        let mut r = Rect::around(p, item.reach + 2.0);
        if let Some(Some(label)) = labels.get(g) {
            r = r.union(label.rect.shift(p));
        }
        bbox = Some(bbox.map_or(r, |b| b.union(r)));
    }
    bbox.unwrap_or(Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 0.0,
        y1: 0.0,
    })
}

/// Shelf packing: components (already biggest first) left to right in rows
/// about as wide as the target aspect ratio suggests. Moves the positions
/// so the content's top-left corner is the origin; returns its size.
fn pack(boxes: &mut [(Vec<usize>, Rect)], pos: &mut [P], aspect: f64) -> (f64, f64) {
    let area: f64 = boxes
        .iter()
        .map(|(_, r)| (r.x1 - r.x0 + COMPONENT_GAP) * (r.y1 - r.y0 + COMPONENT_GAP))
        .sum();
    let widest = boxes.iter().map(|(_, r)| r.x1 - r.x0).fold(0.0, f64::max);
    let row_target = (area * aspect).sqrt().max(widest);

    let (mut x, mut y, mut row_h) = (0.0_f64, 0.0_f64, 0.0_f64);
    let (mut w_max, mut h_max) = (0.0_f64, 0.0_f64);
    for (comp, r) in boxes.iter() {
        let (w, h) = (r.x1 - r.x0, r.y1 - r.y0);
        if x > 0.0 && x + w > row_target {
            x = 0.0;
            y += row_h + COMPONENT_GAP;
            row_h = 0.0;
        }
        let d = P {
            x: x - r.x0,
            y: y - r.y0,
        };
        for &g in comp {
            if let Some(p) = pos.get_mut(g) {
                p.x += d.x;
                p.y += d.y;
            }
        }
        w_max = w_max.max(x + w);
        h_max = h_max.max(y + h);
        x += w + COMPONENT_GAP;
        row_h = row_h.max(h);
    }
    (w_max, h_max)
}

/// One legend line.
enum LegendRow {
    Country { code: String, name: String },
    Own(String),
    Retracted(String),
}

fn legend_rows(opts: &GraphOptions) -> Vec<LegendRow> {
    let mut rows: Vec<LegendRow> = opts
        .legend
        .iter()
        .map(|(code, name)| LegendRow::Country {
            code: normalise_country(code),
            name: truncate_chars(name, LEGEND_MAX_CHARS),
        })
        .collect();
    if let Some(t) = &opts.legend_own {
        rows.push(LegendRow::Own(truncate_chars(t, LEGEND_MAX_CHARS)));
    }
    if let Some(t) = &opts.legend_retracted {
        rows.push(LegendRow::Retracted(truncate_chars(t, LEGEND_MAX_CHARS)));
    }
    rows
}

/// Width of the column holding the swatch (an own-size marker or a short
/// line) in a legend row.
const LEGEND_SWATCH: f64 = 2.0 * R_OWN * MAX_REACH_FACTOR;

fn legend_width(rows: &[LegendRow]) -> f64 {
    let text = rows
        .iter()
        .map(|r| match r {
            LegendRow::Country { name, .. } => name.chars().count(),
            LegendRow::Own(t) | LegendRow::Retracted(t) => t.chars().count(),
        })
        .max()
        .unwrap_or(0);
    2.0 * LEGEND_PAD + LEGEND_SWATCH + 8.0 + text_width(text, LABEL_FONT, false)
}

fn draw_marker(out: &mut String, item_style: CountryStyle, size: f64, own: bool, code: &str) {
    let (stroke, sw) = if own {
        ("#000000", 3.0)
    } else {
        ("#333333", 1.0)
    };
    let paint = format!(
        "fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\" stroke-linejoin=\"round\"",
        item_style.fill,
        num(sw)
    );
    let poly = |pts: &[(f64, f64)], scale: f64| -> String {
        pts.iter()
            .map(|(x, y)| format!("{},{}", num(x * scale), num(y * scale)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Shapes have (about) equal area so no country looks more important.
    let mut code_dy = 0.0;
    match item_style.shape {
        Shape::Circle => {
            let _ = write!(
                out,
                "<circle class=\"marker\" r=\"{}\" {paint}/>",
                num(size)
            );
        }
        Shape::Square => {
            let h = size * 0.886;
            let _ = write!(
                out,
                "<rect class=\"marker\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {paint}/>",
                num(-h),
                num(-h),
                num(2.0 * h),
                num(2.0 * h)
            );
        }
        Shape::Diamond => {
            let pts = [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)];
            let _ = write!(
                out,
                "<polygon class=\"marker\" points=\"{}\" {paint}/>",
                poly(&pts, size * 1.2533)
            );
        }
        Shape::Triangle | Shape::TriangleDown => {
            let flip = if item_style.shape == Shape::Triangle {
                1.0
            } else {
                -1.0
            };
            // Equilateral, centroid at the origin, circumradius 1.555 s.
            let pts = [
                (0.0, -flip),
                (0.866_025, 0.5 * flip),
                (-0.866_025, 0.5 * flip),
            ];
            let _ = write!(
                out,
                "<polygon class=\"marker\" points=\"{}\" {paint}/>",
                poly(&pts, size * 1.555)
            );
            // The wide part of the triangle is below (above) the centroid.
            code_dy = flip * size * 0.25;
        }
        Shape::Pentagon => {
            let pts = [
                (0.0, -1.0),
                (0.951_057, -0.309_017),
                (0.587_785, 0.809_017),
                (-0.587_785, 0.809_017),
                (-0.951_057, -0.309_017),
            ];
            let _ = write!(
                out,
                "<polygon class=\"marker\" points=\"{}\" {paint}/>",
                poly(&pts, size * 1.1495)
            );
        }
        Shape::Hexagon => {
            let pts = [
                (0.0, -1.0),
                (0.866_025, -0.5),
                (0.866_025, 0.5),
                (0.0, 1.0),
                (-0.866_025, 0.5),
                (-0.866_025, -0.5),
            ];
            let _ = write!(
                out,
                "<polygon class=\"marker\" points=\"{}\" {paint}/>",
                poly(&pts, size * 1.0996)
            );
        }
    }
    let code: String = code.chars().take(3).collect();
    let _ = write!(
        out,
        "<text class=\"code\" y=\"{}\" text-anchor=\"middle\" font-size=\"{}\" font-weight=\"bold\" fill=\"{}\">{}</text>",
        num(code_dy + CODE_FONT * 0.35),
        num(if own { CODE_FONT + 1.0 } else { CODE_FONT }),
        item_style.ink,
        escape(&code)
    );
}

fn draw_edge_lines(out: &mut String, links: &[Link], pos: &[P]) {
    // Purely visual; the accessible, focusable version of each edge is the
    // hit line drawn after the nodes.
    out.push_str("<g class=\"edges\" aria-hidden=\"true\">\n");
    for l in links {
        let (Some(&pa), Some(&pb)) = (pos.get(l.a), pos.get(l.b)) else {
            continue;
        };
        let s = if l.edge.strength.is_finite() {
            l.edge.strength.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let width = 1.0 + 3.0 * s;
        let (class, colour, extra) = if l.edge.active {
            ("edge", EDGE_COLOUR, String::new())
        } else {
            (
                "edge edge-retracted",
                EDGE_RETRACTED_COLOUR,
                " stroke-dasharray=\"6 4\"".to_string(),
            )
        };
        let _ = writeln!(
            out,
            "<line class=\"{class}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"{}\"{extra}/>",
            num(pa.x),
            num(pa.y),
            num(pb.x),
            num(pb.y),
            num(width)
        );
    }
    out.push_str("</g>\n");
}

fn draw_nodes(out: &mut String, items: &[Item], pos: &[P], labels: &[Option<Label>], rtl: bool) {
    out.push_str("<g class=\"nodes\">\n");
    for (i, item) in items.iter().enumerate() {
        let Some(&p) = pos.get(i) else { continue };
        let node = item.node;
        let kind = if node.own { "node node-own" } else { "node" };
        let country = normalise_country(&node.country);
        let transform = format!("transform=\"translate({},{})\"", num(p.x), num(p.y));
        let href = safe_href(node.href.as_deref());
        match href {
            Some(h) => {
                let _ = write!(
                    out,
                    "<a href=\"{}\" class=\"{kind}\" data-country=\"{}\" {transform}>",
                    escape(h),
                    escape(&country)
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<g class=\"{kind}\" role=\"img\" data-country=\"{}\" {transform}>",
                    escape(&country)
                );
            }
        }
        let _ = write!(
            out,
            "<title>{}</title><g aria-hidden=\"true\">",
            escape(&node.title)
        );
        draw_marker(out, item.style, item.size, node.own, &country);
        if let Some(Some(label)) = labels.get(i) {
            let weight = if node.own {
                " font-weight=\"bold\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\"{weight} \
                 fill=\"{TEXT_COLOUR}\" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\" \
                 paint-order=\"stroke\">{}</text>",
                num(label.at.x),
                num(label.at.y),
                anchor_attr(label.extends, rtl),
                num(LABEL_FONT),
                escape(&isolate(&item.label))
            );
        }
        out.push_str("</g>");
        out.push_str(if href.is_some() { "</a>\n" } else { "</g>\n" });
    }
    out.push_str("</g>\n");
}

fn draw_edge_hits(out: &mut String, links: &[Link], items: &[Item], pos: &[P]) {
    out.push_str("<g class=\"edge-targets\">\n");
    for l in links {
        let (Some(&pa), Some(&pb)) = (pos.get(l.a), pos.get(l.b)) else {
            continue;
        };
        let ra = items.get(l.a).map_or(R_OWN, |it| it.reach) + 3.0;
        let rb = items.get(l.b).map_or(R_OWN, |it| it.reach) + 3.0;
        let (dx, dy) = (pb.x - pa.x, pb.y - pa.y);
        let len = (dx * dx + dy * dy).sqrt();
        // Stop short of both markers so the hit line never steals a click
        // or hover meant for a node.
        let (t0, t1) = if len > ra + rb + 2.0 {
            (ra / len, 1.0 - rb / len)
        } else {
            (0.49, 0.51)
        };
        let line = format!(
            "<line class=\"edge-hit\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#000000\" \
             stroke-opacity=\"0\" stroke-width=\"10\"/>",
            num(pa.x + dx * t0),
            num(pa.y + dy * t0),
            num(pa.x + dx * t1),
            num(pa.y + dy * t1)
        );
        let class = if l.edge.active {
            "link"
        } else {
            "link link-retracted"
        };
        match safe_href(l.edge.href.as_deref()) {
            Some(h) => {
                let _ = writeln!(
                    out,
                    "<a href=\"{}\" class=\"{class}\"><title>{}</title>{line}</a>",
                    escape(h),
                    escape(&l.edge.title)
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "<g class=\"{class}\" role=\"img\"><title>{}</title>{line}</g>",
                    escape(&l.edge.title)
                );
            }
        }
    }
    out.push_str("</g>\n");
}

fn draw_legend(out: &mut String, rows: &[LegendRow], x: f64, y: f64, w: f64, h: f64, rtl: bool) {
    out.push_str("<g class=\"legend\">\n");
    let _ = writeln!(
        out,
        "<rect class=\"legend-bg\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"#FFFFFF\" stroke=\"#767676\"/>",
        num(x),
        num(y),
        num(w),
        num(h)
    );
    // Swatch on the reading-start side: left on LTR pages, right on RTL.
    let swatch_x = if rtl {
        x + w - LEGEND_PAD - LEGEND_SWATCH / 2.0
    } else {
        x + LEGEND_PAD + LEGEND_SWATCH / 2.0
    };
    let (text_x, extends) = if rtl {
        (swatch_x - LEGEND_SWATCH / 2.0 - 8.0, Extends::Left)
    } else {
        (swatch_x + LEGEND_SWATCH / 2.0 + 8.0, Extends::Right)
    };
    for (i, row) in rows.iter().enumerate() {
        let cy = y + LEGEND_PAD + LEGEND_ROW * (i as f64 + 0.5);
        let _ = write!(
            out,
            "<g class=\"legend-swatch\" aria-hidden=\"true\" transform=\"translate({},{})\">",
            num(swatch_x),
            num(cy)
        );
        let (class, text) = match row {
            LegendRow::Country { code, name } => {
                draw_marker(out, country_style(code), R_FOREIGN, false, code);
                ("legend-country", name)
            }
            LegendRow::Own(t) => {
                let neutral = CountryStyle {
                    fill: "#FFFFFF",
                    ink: "#000000",
                    shape: Shape::Circle,
                };
                draw_marker(out, neutral, R_OWN, true, "");
                ("legend-own", t)
            }
            LegendRow::Retracted(t) => {
                let _ = write!(
                    out,
                    "<line x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"0\" stroke=\"{EDGE_RETRACTED_COLOUR}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
                    num(-LEGEND_SWATCH / 2.0),
                    num(LEGEND_SWATCH / 2.0)
                );
                ("legend-retracted", t)
            }
        };
        let data = match row {
            LegendRow::Country { code, .. } => format!(" data-country=\"{}\"", escape(code)),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "</g><text class=\"{class}\"{data} x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\" fill=\"{TEXT_COLOUR}\">{}</text>",
            num(text_x),
            num(cy + LABEL_FONT * 0.35),
            anchor_attr(extends, rtl),
            num(LABEL_FONT),
            escape(&isolate(text))
        );
    }
    out.push_str("</g>\n");
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;
    use std::time::Instant;

    const COUNTRIES: [&str; 4] = ["BE", "FR", "ES", "MA"];

    fn node(id: &str, country: &str, own: bool) -> GraphNode {
        GraphNode {
            id: id.to_string(),
            label: format!("Case {id}"),
            country: country.to_string(),
            own,
            href: own.then(|| format!("/cases/{id}")),
            title: format!("Case {id} ({country})"),
        }
    }

    fn edge(a: &str, b: &str, strength: f64, active: bool) -> GraphEdge {
        GraphEdge {
            a: a.to_string(),
            b: b.to_string(),
            strength,
            active,
            href: Some(format!("/links/{a}/{b}")),
            title: format!("Link {a} ↔ {b}, score {strength}"),
        }
    }

    fn opts() -> GraphOptions {
        GraphOptions {
            width: 800,
            height: 500,
            title: "Link graph".to_string(),
            desc: "Cases and their links".to_string(),
            legend: vec![
                ("BE".to_string(), "Belgium".to_string()),
                ("FR".to_string(), "France".to_string()),
                ("ES".to_string(), "Spain".to_string()),
                ("MA".to_string(), "Morocco".to_string()),
            ],
            ..GraphOptions::default()
        }
    }

    /// A connected random graph (a random tree plus extra edges) from a
    /// fixed LCG seed, so tests are reproducible.
    fn random_graph(n: usize, m: usize, seed: u64) -> (Vec<GraphNode>, Vec<GraphEdge>) {
        let mut st = seed;
        let mut next = move || {
            st = st
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (st >> 33) as usize
        };
        let nodes: Vec<GraphNode> = (0..n)
            .map(|i| node(&format!("n{i}"), COUNTRIES[i % 4], i % 5 == 0))
            .collect();
        let mut edges = Vec::new();
        for i in 1..n {
            let j = next() % i;
            edges.push(edge(&format!("n{i}"), &format!("n{j}"), 0.5, true));
        }
        while edges.len() < m {
            let (i, j) = (next() % n, next() % n);
            if i != j {
                let s = (next() % 101) as f64 / 100.0;
                edges.push(edge(&format!("n{i}"), &format!("n{j}"), s, next() % 7 != 0));
            }
        }
        (nodes, edges)
    }

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg)
            .unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"))
    }

    fn has_class(n: &roxmltree::Node, class: &str) -> bool {
        n.attribute("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }

    fn view_box(doc: &roxmltree::Document) -> (f64, f64, f64, f64) {
        let v: Vec<f64> = doc
            .root_element()
            .attribute("viewBox")
            .unwrap()
            .split_whitespace()
            .map(|x| x.parse().unwrap())
            .collect();
        (v[0], v[1], v[2], v[3])
    }

    fn translate(n: &roxmltree::Node) -> (f64, f64) {
        let t = n.attribute("transform").unwrap();
        let inner = t
            .strip_prefix("translate(")
            .and_then(|s| s.strip_suffix(')'))
            .unwrap();
        let (x, y) = inner.split_once(',').unwrap();
        (x.parse().unwrap(), y.parse().unwrap())
    }

    /// Centres of all drawn nodes, in document order.
    fn node_centres(doc: &roxmltree::Document) -> Vec<(f64, f64)> {
        doc.descendants()
            .filter(|n| has_class(n, "node"))
            .map(|n| translate(&n))
            .collect()
    }

    fn title_of<'a>(n: &roxmltree::Node<'a, 'a>) -> Option<&'a str> {
        n.children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
    }

    /// Checks shared by every rendering: CSP-safe, accessible root.
    fn assert_common(doc: &roxmltree::Document, opts: &GraphOptions) {
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(root.attribute("role"), Some("group"));
        let title_id = root.attribute("aria-labelledby").unwrap();
        let desc_id = root.attribute("aria-describedby").unwrap();
        let by_id = |id: &str| {
            doc.descendants()
                .find(|n| n.attribute("id") == Some(id))
                .unwrap()
        };
        assert_eq!(by_id(title_id).tag_name().name(), "title");
        assert_eq!(by_id(title_id).text().unwrap_or(""), opts.title);
        assert_eq!(by_id(desc_id).tag_name().name(), "desc");
        assert_eq!(by_id(desc_id).text().unwrap_or(""), opts.desc);
        // The title must be the first child element for assistive tech.
        assert_eq!(
            root.first_element_child().unwrap().tag_name().name(),
            "title"
        );
        for n in doc.descendants().filter(|n| n.is_element()) {
            assert_ne!(n.tag_name().name(), "style", "no <style> under CSP");
            assert_ne!(n.tag_name().name(), "script");
            for a in n.attributes() {
                assert_ne!(a.name(), "style", "no inline style under CSP");
                assert!(!a.name().starts_with("on"), "no event handler attributes");
                assert!(
                    a.namespace().is_none(),
                    "no xlink or other namespaced attributes"
                );
                assert!(!a.value().contains("NaN") && !a.value().contains("inf"));
            }
        }
    }

    #[test]
    fn empty_graph_is_a_small_valid_svg() {
        let o = opts();
        let svg = render_svg(&[], &[], &o);
        let doc = parse(&svg);
        assert_common(&doc, &o);
        assert_eq!(doc.root_element().attribute("width"), Some("1"));
        assert!(node_centres(&doc).is_empty());
        assert!(svg.len() < 600, "{svg}");
        // Edges without nodes are unknown ids: still empty.
        let svg2 = render_svg(&[], &[edge("a", "b", 1.0, true)], &o);
        assert_eq!(svg, svg2);
    }

    #[test]
    fn small_graph_is_well_formed_and_complete() {
        let nodes = vec![
            node("a", "BE", true),
            node("b", "FR", false),
            node("c", "ES", false),
            node("d", "MA", false),
        ];
        let edges = vec![
            edge("a", "b", 0.9, true),
            edge("a", "c", 0.4, true),
            edge("a", "d", 0.7, false),
        ];
        let o = opts();
        let svg = render_svg(&nodes, &edges, &o);
        let doc = parse(&svg);
        assert_common(&doc, &o);
        assert_eq!(node_centres(&doc).len(), 4);
        let lines: Vec<_> = doc.descendants().filter(|n| has_class(n, "edge")).collect();
        assert_eq!(lines.len(), 3);
        // Stronger link → wider stroke.
        let width =
            |i: usize| -> f64 { lines[i].attribute("stroke-width").unwrap().parse().unwrap() };
        assert!(width(0) > width(1));
        // Each edge has exactly one accessible counterpart, after the nodes.
        let hits: Vec<_> = doc.descendants().filter(|n| has_class(n, "link")).collect();
        assert_eq!(hits.len(), 3);
        assert_eq!(title_of(&hits[0]), Some(edges[0].title.as_str()));
        let pos_of = |n: &roxmltree::Node| n.range().start;
        let last_node = doc
            .descendants()
            .filter(|n| has_class(n, "node"))
            .map(|n| pos_of(&n))
            .max()
            .unwrap();
        assert!(
            hits.iter().all(|h| pos_of(h) > last_node),
            "tab order: cases before links"
        );
        // Own case: bigger, thick outline, bold label; the code is written in each marker.
        let own = doc
            .descendants()
            .find(|n| has_class(n, "node-own"))
            .unwrap();
        let marker = own.descendants().find(|n| has_class(n, "marker")).unwrap();
        assert_eq!(marker.attribute("stroke-width"), Some("3"));
        let codes: Vec<&str> = doc
            .descendants()
            .filter(|n| has_class(n, "code") && n.ancestors().any(|a| has_class(&a, "node")))
            .map(|n| n.text().unwrap())
            .collect();
        assert_eq!(codes, ["BE", "FR", "ES", "MA"]);
        // Four countries, four shapes.
        let shapes: Vec<String> = doc
            .descendants()
            .filter(|n| has_class(n, "marker") && n.ancestors().any(|a| has_class(&a, "node")))
            .map(|n| {
                format!(
                    "{}{}",
                    n.tag_name().name(),
                    n.attribute("points").map_or(0, |p| p.split(' ').count())
                )
            })
            .collect();
        assert_eq!(shapes, ["circle0", "rect0", "polygon4", "polygon3"]);
    }

    #[test]
    fn large_graph_renders_and_parses() {
        let (nodes, edges) = random_graph(500, 1000, 7);
        let o = opts();
        let start = Instant::now();
        let svg = render_svg(&nodes, &edges, &o);
        let took = start.elapsed();
        println!("500 nodes / 1000 edges: {took:?}, {} bytes", svg.len());
        let doc = parse(&svg);
        assert_common(&doc, &o);
        let centres = node_centres(&doc);
        assert_eq!(centres.len(), 500);
        assert_eq!(
            doc.descendants().filter(|n| has_class(n, "edge")).count(),
            1000
        );
        let (x0, y0, w, h) = view_box(&doc);
        for &(x, y) in &centres {
            assert!(x > x0 && x < x0 + w && y > y0 && y < y0 + h);
        }
    }

    #[test]
    fn rendering_is_deterministic() {
        let (nodes, edges) = random_graph(120, 220, 3);
        let a = render_svg(&nodes, &edges, &opts());
        let b = render_svg(&nodes, &edges, &opts());
        assert_eq!(a, b);
        // And does not depend on the order of edges in the input... no:
        // it may; but it must not depend on anything outside the input.
        let c = render_svg(&nodes.clone(), &edges.clone(), &opts());
        assert_eq!(a, c);
    }

    #[test]
    fn hostile_text_is_escaped_and_inert() {
        let mut a = node("a", "BE", true);
        a.label = "<script>alert(1)</script>".to_string();
        a.title = "\" onmouseover=\"x".to_string();
        a.href = Some("/cases/1?x=1&y=\"2\"".to_string());
        let mut b = node("b", "F\"R<", false);
        b.label = "' onfocus='y".to_string();
        b.title = "a & b < c > d".to_string();
        let mut e = edge("a", "b", 0.5, true);
        e.title = "</title><script>alert(2)</script>".to_string();
        e.href = Some("/links/1\" onclick=\"z".to_string());
        let mut o = opts();
        o.title = "<b>T</b>".to_string();
        o.desc = "D & \"q\"".to_string();
        o.legend
            .push(("<x>".to_string(), "\" onload=\"w".to_string()));
        o.id_prefix = "\"><script>".to_string();
        let svg = render_svg(&[a.clone(), b.clone()], &[e.clone()], &o);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("\" on"), "{svg}");
        assert!(!svg.contains("' on"), "{svg}");
        let doc = parse(&svg);
        assert_common(&doc, &o);
        // The text survives intact, as text.
        let link = doc
            .descendants()
            .find(|n| has_class(n, "node-own"))
            .unwrap();
        assert_eq!(link.attribute("href"), a.href.as_deref());
        assert_eq!(title_of(&link), Some(a.title.as_str()));
        let label = link.descendants().find(|n| has_class(n, "label")).unwrap();
        // (25 characters, so also cut to 24.)
        assert_eq!(
            label.text(),
            Some("\u{2068}<script>alert(1)</scrip…\u{2069}")
        );
        let foreign = doc
            .descendants()
            .find(|n| has_class(n, "node") && !has_class(n, "node-own"))
            .unwrap();
        assert_eq!(title_of(&foreign), Some("a & b < c > d"));
        assert_eq!(foreign.attribute("data-country"), Some("F\"R<"));
        let edge_link = doc.descendants().find(|n| has_class(n, "link")).unwrap();
        assert_eq!(edge_link.attribute("href"), e.href.as_deref());
        assert_eq!(title_of(&edge_link), Some(e.title.as_str()));
        assert!(doc.descendants().all(|n| n.tag_name().name() != "script"));
    }

    #[test]
    fn escape_covers_all_five_and_drops_invalid_xml_chars() {
        assert_eq!(escape("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
        assert_eq!(escape("a\u{0}b\u{1b}c\u{FFFF}d\ne"), "abcd e");
        assert_eq!(escape("é ع"), "é ع");
    }

    #[test]
    fn unsafe_hrefs_do_not_become_links() {
        let mut a = node("a", "BE", true);
        a.href = Some("javascript:alert(1)".to_string());
        let mut b = node("b", "FR", true);
        b.href = Some(" JaVa\tScRiPt:alert(1)".to_string());
        let mut c = node("c", "ES", true);
        c.href = Some("https://malines.example/cases/c".to_string());
        let mut e = edge("a", "b", 1.0, true);
        e.href = Some("data:text/html,<script>alert(1)</script>".to_string());
        let svg = render_svg(&[a, b, c], &[e, edge("b", "c", 1.0, true)], &opts());
        let doc = parse(&svg);
        let hrefs: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("href"))
            .collect();
        assert_eq!(hrefs, ["https://malines.example/cases/c", "/links/b/c"]);
        assert!(!svg.to_ascii_lowercase().contains("javascript"));
        // The nodes are still drawn and named, just not links.
        assert_eq!(node_centres(&doc).len(), 3);
        assert_eq!(safe_href(Some("cases/1")), Some("cases/1"));
        assert_eq!(safe_href(Some("/a:b")), Some("/a:b"));
        assert_eq!(safe_href(Some("?q=a:b")), Some("?q=a:b"));
        assert_eq!(safe_href(Some("vbscript:x")), None);
        assert_eq!(safe_href(Some("  ")), None);
    }

    #[test]
    fn every_node_with_href_is_a_link() {
        let (mut nodes, edges) = random_graph(60, 90, 11);
        nodes[3].href = Some("/cases/special".to_string());
        let svg = render_svg(&nodes, &edges, &opts());
        let doc = parse(&svg);
        let links: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("a") && has_class(n, "node"))
            .collect();
        let with_href: Vec<_> = nodes.iter().filter(|n| n.href.is_some()).collect();
        assert_eq!(links.len(), with_href.len());
        for n in with_href {
            let a = links
                .iter()
                .find(|a| a.attribute("href") == n.href.as_deref())
                .unwrap_or_else(|| panic!("no <a> for {}", n.id));
            assert_eq!(title_of(a), Some(n.title.as_str()));
        }
        // Nodes without href are named images, not links.
        for g in doc
            .descendants()
            .filter(|n| n.has_tag_name("g") && has_class(n, "node"))
        {
            assert_eq!(g.attribute("role"), Some("img"));
            assert!(title_of(&g).is_some());
        }
        // Edges with an href are links too.
        let edge_links = doc
            .descendants()
            .filter(|n| n.has_tag_name("a") && has_class(n, "link"))
            .count();
        assert_eq!(edge_links, edges.len());
    }

    #[test]
    fn unknown_ids_self_loops_and_duplicates() {
        let mut dup = node("a", "FR", false);
        dup.title = "duplicate".to_string();
        let nodes = vec![node("a", "BE", true), node("b", "FR", false), dup];
        let edges = vec![
            edge("a", "b", 0.5, true),
            edge("a", "ghost", 0.5, true),
            edge("ghost", "phantom", 0.5, true),
            edge("b", "b", 0.5, true),
        ];
        let svg = render_svg(&nodes, &edges, &opts());
        let doc = parse(&svg);
        assert_eq!(node_centres(&doc).len(), 2);
        assert_eq!(
            doc.descendants().filter(|n| has_class(n, "edge")).count(),
            1
        );
        assert!(!svg.contains("ghost") && !svg.contains("duplicate"));
        let first = doc.descendants().find(|n| has_class(n, "node")).unwrap();
        assert!(
            has_class(&first, "node-own"),
            "first definition of 'a' wins"
        );
    }

    #[test]
    fn retracted_edges_are_dashed_and_lighter() {
        let nodes = vec![
            node("a", "BE", true),
            node("b", "FR", false),
            node("c", "ES", false),
        ];
        let edges = vec![edge("a", "b", 0.8, true), edge("a", "c", 0.8, false)];
        let doc_s = render_svg(&nodes, &edges, &opts());
        let doc = parse(&doc_s);
        let lines: Vec<_> = doc.descendants().filter(|n| has_class(n, "edge")).collect();
        assert_eq!(lines.len(), 2);
        assert!(!has_class(&lines[0], "edge-retracted"));
        assert!(lines[0].attribute("stroke-dasharray").is_none());
        assert!(has_class(&lines[1], "edge-retracted"));
        assert!(lines[1].attribute("stroke-dasharray").is_some());
        assert_ne!(lines[0].attribute("stroke"), lines[1].attribute("stroke"));
        let retracted_hits = doc
            .descendants()
            .filter(|n| has_class(n, "link-retracted"))
            .count();
        assert_eq!(retracted_hits, 1);
    }

    #[test]
    fn nan_and_infinite_strengths_are_harmless() {
        let nodes = vec![
            node("a", "BE", true),
            node("b", "FR", false),
            node("c", "ES", false),
        ];
        let mut edges = vec![
            edge("a", "b", f64::NAN, true),
            edge("a", "c", f64::INFINITY, true),
            edge("b", "c", -3.0, true),
        ];
        for e in edges.iter_mut() {
            e.title = "odd score".to_string();
        }
        let svg = render_svg(&nodes, &edges, &opts());
        let doc = parse(&svg);
        assert_common(&doc, &opts());
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        for l in doc.descendants().filter(|n| has_class(n, "edge")) {
            let w: f64 = l.attribute("stroke-width").unwrap().parse().unwrap();
            assert!((1.0..=4.0).contains(&w));
        }
    }

    #[test]
    fn fifty_nodes_inside_view_box_and_apart() {
        let (nodes, edges) = random_graph(50, 80, 5);
        let svg = render_svg(&nodes, &edges, &opts());
        let doc = parse(&svg);
        let (x0, y0, w, h) = view_box(&doc);
        let centres = node_centres(&doc);
        assert_eq!(centres.len(), 50);
        // Largest marker extent: an own-case triangle.
        let marker = 2.0 * R_OWN * MAX_REACH_FACTOR;
        for &(x, y) in &centres {
            assert!(
                x - marker / 2.0 >= x0 && x + marker / 2.0 <= x0 + w,
                "x {x} outside"
            );
            assert!(
                y - marker / 2.0 >= y0 && y + marker / 2.0 <= y0 + h,
                "y {y} outside"
            );
        }
        for (i, &(ax, ay)) in centres.iter().enumerate() {
            for &(bx, by) in &centres[i + 1..] {
                let d = ((ax - bx).powi(2) + (ay - by).powi(2)).sqrt();
                assert!(d >= marker, "centres {d} apart, marker is {marker}");
            }
        }
        // Labels too stay inside the drawing.
        for t in doc.descendants().filter(|n| has_class(n, "label")) {
            let (nx, _) = translate(&t.ancestors().find(|a| has_class(a, "node")).unwrap());
            let x: f64 = t.attribute("x").unwrap().parse().unwrap();
            let chars = t.text().unwrap().chars().count() as f64;
            let est = chars * LABEL_FONT * CHAR_EM;
            assert!(nx + x - est >= x0 - 1.0 || t.attribute("text-anchor") == Some("start"));
            assert!(nx + x + est <= x0 + w + 1.0 || t.attribute("text-anchor") == Some("end"));
        }
    }

    #[test]
    fn isolated_nodes_and_several_components() {
        let nodes: Vec<GraphNode> = (0..9)
            .map(|i| node(&format!("n{i}"), COUNTRIES[i % 4], i == 0))
            .collect();
        // n0–n1–n2 chain, n3–n4 pair, the rest isolated.
        let edges = vec![
            edge("n0", "n1", 1.0, true),
            edge("n1", "n2", 1.0, true),
            edge("n3", "n4", 1.0, true),
        ];
        let svg = render_svg(&nodes, &edges, &opts());
        let doc = parse(&svg);
        let centres = node_centres(&doc);
        assert_eq!(centres.len(), 9);
        let (x0, y0, w, h) = view_box(&doc);
        for (i, &(ax, ay)) in centres.iter().enumerate() {
            assert!(ax > x0 && ax < x0 + w && ay > y0 && ay < y0 + h);
            for &(bx, by) in &centres[i + 1..] {
                assert!(((ax - bx).powi(2) + (ay - by).powi(2)).sqrt() >= MIN_CENTRE_DIST - 0.5);
            }
        }
        // No edges at all.
        let svg = render_svg(&nodes[..1], &[], &opts());
        assert_eq!(node_centres(&parse(&svg)).len(), 1);
    }

    #[test]
    fn legend_lists_each_country_given() {
        let mut o = opts();
        o.legend.push(("nl".to_string(), "Netherlands".to_string()));
        o.legend_own = Some("Own case".to_string());
        o.legend_retracted = Some("Retracted link".to_string());
        let (nodes, edges) = random_graph(10, 12, 1);
        let svg = render_svg(&nodes, &edges, &o);
        let doc = parse(&svg);
        let legend = doc.descendants().find(|n| has_class(n, "legend")).unwrap();
        let entries: Vec<(&str, &str)> = legend
            .descendants()
            .filter(|n| has_class(n, "legend-country"))
            .map(|n| {
                (
                    n.attribute("data-country").unwrap(),
                    n.text().unwrap().trim_matches(['\u{2068}', '\u{2069}']),
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                ("BE", "Belgium"),
                ("FR", "France"),
                ("ES", "Spain"),
                ("MA", "Morocco"),
                ("NL", "Netherlands")
            ]
        );
        // Each swatch has the country's colour and code.
        let swatches: Vec<_> = legend
            .descendants()
            .filter(|n| has_class(n, "legend-swatch"))
            .collect();
        assert_eq!(swatches.len(), 7);
        for (s, code) in swatches.iter().zip(["BE", "FR", "ES", "MA", "NL"]) {
            let m = s.descendants().find(|n| has_class(n, "marker")).unwrap();
            assert_eq!(m.attribute("fill"), Some(country_colour(code)));
            let c = s.descendants().find(|n| has_class(n, "code")).unwrap();
            assert_eq!(c.text(), Some(code));
        }
        assert!(legend.descendants().any(|n| has_class(&n, "legend-own")));
        assert!(
            legend
                .descendants()
                .any(|n| has_class(&n, "legend-retracted"))
        );
        // No legend asked, none drawn.
        let mut bare = opts();
        bare.legend.clear();
        let svg = render_svg(&nodes, &edges, &bare);
        assert!(!svg.contains("class=\"legend\""));
    }

    fn legend_box(doc: &roxmltree::Document) -> (f64, f64) {
        let r = doc
            .descendants()
            .find(|n| has_class(n, "legend-bg"))
            .unwrap();
        let x: f64 = r.attribute("x").unwrap().parse().unwrap();
        let w: f64 = r.attribute("width").unwrap().parse().unwrap();
        (x, x + w)
    }

    #[test]
    fn rtl_puts_the_legend_on_the_left() {
        let (nodes, edges) = random_graph(30, 45, 9);
        let ltr = render_svg(&nodes, &edges, &opts());
        let doc = parse(&ltr);
        let (lx0, _) = legend_box(&doc);
        let max_x = node_centres(&doc)
            .iter()
            .map(|c| c.0)
            .fold(f64::MIN, f64::max);
        assert!(lx0 > max_x, "LTR legend right of every node");
        assert_eq!(doc.root_element().attribute("direction"), Some("ltr"));

        let mut o = opts();
        o.rtl = true;
        o.legend = vec![
            ("BE".to_string(), "بلجيكا".to_string()),
            ("MA".to_string(), "المغرب".to_string()),
        ];
        let rtl = render_svg(&nodes, &edges, &o);
        let doc = parse(&rtl);
        let (_, rx1) = legend_box(&doc);
        let min_x = node_centres(&doc)
            .iter()
            .map(|c| c.0)
            .fold(f64::MAX, f64::min);
        assert!(rx1 < min_x, "RTL legend left of every node");
        assert_eq!(doc.root_element().attribute("direction"), Some("rtl"));
        // In an RTL root "start" is the right-hand edge: legend text ends
        // at its swatch, which sits at the legend's right.
        for t in doc.descendants().filter(|n| has_class(n, "legend-country")) {
            assert_eq!(t.attribute("text-anchor"), Some("start"));
        }
        // Most labels sit to the left of their node (preferred side).
        let left = doc
            .descendants()
            .filter(|n| has_class(n, "label"))
            .filter(|n| n.attribute("x").unwrap().parse::<f64>().unwrap() < 0.0)
            .count();
        assert!(
            left * 2 > nodes.len(),
            "{left} of {} labels on the left",
            nodes.len()
        );
    }

    #[test]
    fn long_labels_are_cut_by_characters() {
        assert_eq!(truncate_chars("short", 24), "short");
        let arabic = "النيابة العامة بالرباط قضية رقم ٢٠٢٤/١٢";
        let cut = truncate_chars(arabic, 10);
        assert_eq!(cut.chars().count(), 10);
        assert!(cut.ends_with('…'));
        assert_eq!(truncate_chars("ééééééééééééé", 5), "éééé…");
        let mut a = node("a", "MA", true);
        a.label = arabic.repeat(3);
        let svg = render_svg(
            &[a, node("b", "BE", false)],
            &[edge("a", "b", 1.0, true)],
            &opts(),
        );
        let doc = parse(&svg);
        let label = doc
            .descendants()
            .find(|n| has_class(n, "label"))
            .unwrap()
            .text()
            .unwrap();
        assert_eq!(label.chars().count(), LABEL_MAX_CHARS + 2); // + the two isolates
        assert!(label.contains('…'));
    }

    fn luminance(hex: &str) -> f64 {
        let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
        let ch = |shift: u32| {
            let c = f64::from((v >> shift) & 0xff) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(16) + 0.7152 * ch(8) + 0.0722 * ch(0)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn palette_is_fixed_and_contrast_meets_aa() {
        assert_eq!(country_colour("BE"), "#E69F00");
        assert_eq!(country_colour("fr"), "#0072B2");
        assert_eq!(country_colour(" ES "), "#D55E00");
        assert_eq!(country_colour("MA"), "#009E73");
        let four: std::collections::BTreeSet<_> =
            COUNTRIES.iter().map(|c| country_colour(c)).collect();
        assert_eq!(four.len(), 4);
        // Fallback: deterministic, and never one of the four.
        for code in ["NL", "DE", "IT", "PT", "TN", "", "XYZ"] {
            assert_eq!(country_colour(code), country_colour(code));
            assert!(!four.contains(country_colour(code)));
        }
        // Text: body text and every marker code meet 4.5:1.
        assert!(contrast(TEXT_COLOUR, "#FFFFFF") >= 4.5);
        for code in [
            "BE", "FR", "ES", "MA", "NL", "DE", "IT", "PT", "TN", "US", "GB",
        ] {
            let s = country_style(code);
            let c = contrast(s.ink, s.fill);
            assert!(c >= 4.5, "{code}: {} on {} is {c:.2}", s.ink, s.fill);
        }
        // Graphical objects: edges at least 3:1 against white.
        assert!(contrast(EDGE_COLOUR, "#FFFFFF") >= 3.0);
        assert!(contrast(EDGE_RETRACTED_COLOUR, "#FFFFFF") >= 3.0);
    }

    #[test]
    fn numbers_never_print_nan_or_negative_zero() {
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(1e7), "10000000");
    }

    #[test]
    fn id_prefix_is_sanitised() {
        assert_eq!(sanitise_prefix("graph-2"), "graph-2");
        assert_eq!(sanitise_prefix("\"><x"), "x");
        assert_eq!(sanitise_prefix("9lives"), "link-graph");
        assert_eq!(sanitise_prefix(""), "link-graph");
    }
}
