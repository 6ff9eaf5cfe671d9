// The reader's one stylesheet and one script, served from this origin so that the Content-Security-Policy
// can forbid every inline script and style. Pages work without the script: it only adds keyboard moves
// (j/k between stories, / to search) and times relative to now.
import { createHash } from 'node:crypto';

export const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1f;--muted:#5a5a68;--bg:#fbfbfd;--card:#fff;--line:#e1e1e8;--accent:#0b57d0;--ok:#137333;--bad:#b3261e;--chip:#eef1f8}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--muted:#a9a9b8;--bg:#131318;--card:#1b1b22;--line:#2c2c35;--accent:#8ab4f8;--ok:#81c995;--bad:#f28b82;--chip:#23262f}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:var(--card);padding:.3rem .6rem;z-index:2}
header.site{border-bottom:1px solid var(--line);background:var(--card)}
header.site .bar{max-width:60rem;margin:0 auto;padding:.5rem 1rem;display:flex;gap:.4rem 1rem;align-items:center;flex-wrap:wrap}
header.site a.brand{font-weight:800;text-decoration:none;color:var(--fg);letter-spacing:.02em}
nav.main{display:flex;gap:.2rem .9rem;flex-wrap:wrap;font-size:.95rem}
nav.main a{text-decoration:none;color:var(--muted);padding:.2rem 0}
nav.main a[aria-current=page]{color:var(--fg);font-weight:650;border-bottom:2px solid var(--accent)}
form.search{margin-left:auto;display:flex;gap:.3rem;flex:1 1 12rem;max-width:22rem}
form.search input{font:inherit;padding:.3rem .6rem;width:100%;border:1px solid var(--line);border-radius:.4rem;background:var(--bg);color:var(--fg)}
main{max-width:60rem;margin:0 auto;padding:1rem}
main.narrow{max-width:46rem}
h1{font-size:1.6rem;line-height:1.25;margin:.4rem 0 .6rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
.muted{color:var(--muted);font-size:.9rem}
ol.stories{list-style:none;padding:0;margin:0}
ol.stories>li{padding:.85rem 0;border-bottom:1px solid var(--line)}
ol.stories h2{font-size:1.15rem;margin:0 0 .2rem;line-height:1.3}
ol.stories h2 a{color:var(--fg);text-decoration:none}ol.stories h2 a:hover{text-decoration:underline}
.lede{margin:.15rem 0 .3rem}
.meta{margin:.15rem 0}
.badge{display:inline-block;font-size:.78rem;border-radius:.8rem;padding:0 .5rem;background:var(--chip);color:var(--fg);font-weight:600}
.chips{display:flex;flex-wrap:wrap;gap:.3rem;padding:0;margin:.3rem 0;list-style:none}
.chips li a,.chips li span{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .6rem;font-size:.85rem;text-decoration:none;color:var(--fg);background:var(--card)}
.chips .person a{border-left:3px solid #7b61ff}.chips .place a{border-left:3px solid #1e8e3e}.chips .organisation a{border-left:3px solid #e37400}
.pager{margin:1rem 0}
.scroll{overflow-x:auto;max-width:100%}
table.matrix{border-collapse:collapse;font-size:.9rem;min-width:100%;overflow-wrap:normal}
table.matrix th,table.matrix td{border-bottom:1px solid var(--line);padding:.35rem .45rem;text-align:left;vertical-align:top}
table.matrix thead th{font-size:.8rem;color:var(--muted);font-weight:600}
table.matrix td.cell{text-align:center;white-space:nowrap}
table.matrix th[scope=row]{font-weight:500;min-width:10rem}
table.matrix td.status{white-space:nowrap}
.fact-conflict{color:var(--bad);font-weight:650}.fact-corroborated{color:var(--ok);font-weight:600}.fact-single-source{color:var(--muted)}.fact-updated{color:var(--accent,inherit);font-weight:600}
.v-dispute{color:var(--bad);font-weight:650}
ol.summary li{margin-bottom:.45rem}
#quotes h3{font-size:1rem;margin:1rem 0 .2rem}
.cite{font-size:.8rem;color:var(--muted)}
ul.statements{list-style:none;padding:0}ul.statements>li{border-left:3px solid var(--line);padding:.2rem 0 .2rem .8rem;margin:.8rem 0}
ul.statements blockquote{margin:.25rem 0}
ul.coverage{list-style:none;padding:0}ul.coverage>li{padding:.45rem 0;border-bottom:1px solid var(--line)}
#coverage ul.coverage{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.6rem}
#coverage ul.coverage>li{border:1px solid var(--line);border-radius:.5rem;background:var(--card);padding:.55rem .7rem}
.outlet{font-weight:650;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
details.copies summary{cursor:pointer;font-size:.88rem;color:var(--muted)}
details.copies ul{margin:.3rem 0 0 1rem;padding:0;font-size:.92rem}
ol.timeline{list-style:none;padding:0;border-left:2px solid var(--line);margin-left:.4rem}
ol.timeline li{padding:.15rem 0 .15rem .8rem;font-size:.92rem}
svg.chart{width:100%;max-width:36rem;height:auto;display:block}
svg.chart rect{fill:var(--accent)}svg.chart text{fill:var(--muted);font-size:10px}
form.inline{display:inline}
button,.button{font:inherit;font-size:.88rem;padding:.2rem .7rem;border:1px solid var(--line);border-radius:.4rem;background:var(--card);color:var(--fg);cursor:pointer}
button.on{background:var(--accent);color:var(--bg);border-color:var(--accent)}
.actions{display:flex;gap:.4rem;flex-wrap:wrap;margin:.4rem 0 .8rem}
article.body p{margin:0 0 1rem}
.notice{border:1px solid var(--line);background:var(--card);padding:.6rem .8rem;border-radius:.4rem}
@media (max-width:40rem){body{font-size:16px}h1{font-size:1.35rem}main{padding:.7rem}form.search{max-width:none;margin-left:0}}
`;

export const SCRIPT = `
(function(){
  "use strict";
  var links=function(){return Array.prototype.slice.call(document.querySelectorAll("ol.stories>li h2 a"));};
  document.addEventListener("keydown",function(e){
    var t=e.target;
    if(e.ctrlKey||e.metaKey||e.altKey||(t&&(t.tagName==="INPUT"||t.tagName==="TEXTAREA"||t.isContentEditable)))return;
    if(e.key==="/"){var q=document.querySelector("form.search input");if(q){e.preventDefault();q.focus();}return;}
    if(e.key!=="j"&&e.key!=="k")return;
    var all=links();if(!all.length)return;
    var at=all.indexOf(document.activeElement);
    var next=e.key==="j"?Math.min(all.length-1,at+1):Math.max(0,at<0?0:at-1);
    all[next].focus();all[next].scrollIntoView({block:"nearest"});e.preventDefault();
  });
  var now=Date.now();
  Array.prototype.forEach.call(document.querySelectorAll("time[datetime]"),function(el){
    var t=Date.parse(el.getAttribute("datetime"));if(isNaN(t))return;
    var h=(now-t)/36e5;if(h<0||h>=48)return;
    el.title=el.textContent;el.textContent=h<1?Math.max(1,Math.round(h*60))+" min ago":Math.round(h)+" h ago";
  });
})();
`;

function version(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Addresses that change with the content, so browsers may keep the files for good. */
export const STYLE_PATH = `/static/reader.${version(STYLE)}.css`;
export const SCRIPT_PATH = `/static/reader.${version(SCRIPT)}.js`;
