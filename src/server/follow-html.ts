// Follow and mute controls, as plain forms: they work without the script, from the keyboard, and post back
// to the page they were on.
import type { Follow, FollowKind } from '../model.js';
import { html, type Raw } from './html.js';
import { entityHref } from './links.js';

/** Follow and Mute buttons for one thing; the one in force is pressed, and pressing it again undoes it. */
export function followControls(kind: FollowKind, value: string, label: string, current: Follow | null, back: string): Raw {
  const button = (mode: Follow['mode'], text: string, done: string): Raw =>
    current?.mode === mode
      ? html`<form class="inline" method="post" action="/following/${current.id}/delete"><input type="hidden" name="back" value="${back}"><button class="on" aria-pressed="true" title="Click to undo">${done}</button></form>`
      : html`<form class="inline" method="post" action="/following"><input type="hidden" name="kind" value="${kind}"><input type="hidden" name="value" value="${value}"><input type="hidden" name="mode" value="${mode}"><input type="hidden" name="back" value="${back}"><button aria-pressed="false">${text} ${label}</button></form>`;
  return html`<div class="actions">${button('follow', 'Follow', 'Following')}${button('mute', 'Mute', 'Muted')}</div>`;
}

function followHref(f: Follow): string | null {
  if (f.kind === 'entity') {
    const at = f.value.indexOf(':');
    return entityHref(f.value.slice(0, at) as 'person', f.value.slice(at + 1));
  }
  if (f.kind === 'topic') return `/search?q=${encodeURIComponent(f.value)}`;
  return null;
}

const KIND_LABEL: Record<FollowKind, string> = { entity: 'person, organisation or place', topic: 'topic', outlet: 'outlet' };

export function followingPage(follows: readonly Follow[], message: string | null): Raw {
  const list = (mode: Follow['mode']): Raw => {
    const of = follows.filter((f) => f.mode === mode);
    if (!of.length) return html`<p class="muted">Nothing ${mode === 'follow' ? 'followed' : 'muted'} yet.</p>`;
    return html`<ul class="coverage">${of.map((f) => {
      const href = followHref(f);
      return html`<li>${href ? html`<a href="${href}">${f.label}</a>` : f.label} <span class="muted">${KIND_LABEL[f.kind]}</span>
<form class="inline" method="post" action="/following/${f.id}/delete"><input type="hidden" name="back" value="/following"><button>${mode === 'follow' ? 'Unfollow' : 'Unmute'}</button></form></li>`;
    })}</ul>`;
  };
  return html`<h1>Following</h1>
${message ? html`<p class="notice" role="status">${message}</p>` : ''}
<p class="muted">Stories naming what you follow rank higher and make up <a href="/for-you">For you</a>; stories with something muted are not shown (a muted outlet hides a story only when all of its reports are that outlet's).</p>
<h2>Followed</h2>${list('follow')}
<h2>Muted</h2>${list('mute')}
<h2>Follow a topic</h2>
<form method="post" action="/following" class="actions"><input type="hidden" name="kind" value="topic"><input type="hidden" name="back" value="/following">
<label>Word or phrase <input name="value" required maxlength="100"></label>
<button name="mode" value="follow">Follow</button><button name="mode" value="mute">Mute</button></form>`;
}
