// HTML for the first reader pages: every value is escaped here, in one place.
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** Tagged template: interpolated values are escaped unless wrapped with `raw`. */
export class Raw {
  constructor(readonly html: string) {}
}

export function raw(html: string): Raw {
  return new Raw(html);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    const rendered = Array.isArray(v)
      ? v.map((x) => (x instanceof Raw ? x.html : escapeHtml(x))).join('')
      : v instanceof Raw
        ? v.html
        : escapeHtml(v);
    out += rendered + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1f;--muted:#5d5d6b;--bg:#fbfbfd;--line:#e3e3ea;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--muted:#a4a4b3;--bg:#15151a;--line:#2c2c35;--accent:#8ab4f8}}
*{box-sizing:border-box}body{margin:0;font:17px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.site{border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header.site a.brand{font-weight:700;text-decoration:none;color:var(--fg)}
main{max-width:46rem;margin:0 auto;padding:1rem}
a{color:var(--accent)}a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.muted{color:var(--muted);font-size:.9rem}
ol.stories{list-style:none;padding:0}ol.stories li{padding:.8rem 0;border-bottom:1px solid var(--line)}
ol.stories h2{font-size:1.15rem;margin:0 0 .2rem}
.tags{display:flex;flex-wrap:wrap;gap:.3rem;padding:0;list-style:none}.tags li{border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;font-size:.85rem}
.copy{margin-left:1.5rem}
article p{margin:0 0 1rem}
table.facts{border-collapse:collapse;width:100%;font-size:.95rem}table.facts th,table.facts td{border-bottom:1px solid var(--line);padding:.3rem;text-align:left;vertical-align:top}
.fact-conflict{color:#b3261e;font-weight:600}.fact-corroborated{color:#137333}.fact-single-source{color:var(--muted)}
ul.statements>li{margin-bottom:.6rem}
form.search input{font:inherit;padding:.3rem .5rem;min-width:12rem}
`;

export function page(title: string, body: Raw): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · Crosswire</title><style>${raw(STYLE)}</style></head>
<body><header class="site"><a class="brand" href="/">Crosswire</a>
<form class="search" action="/search" method="get" role="search"><label>Search <input name="q" type="search"></label></form></header>
<main>${body}</main></body></html>`.html}`;
}
