// Small helpers that build the HTML for member badges and the leaderboard
// sidebar. The results are inserted into the page by the caller.

import { escapeHtml } from './escapeHtml.js';

const LEVEL_CLASSES = { bronze: 'badge--bronze', silver: 'badge--silver', gold: 'badge--gold' };

export function badgeClass(level) {
  return LEVEL_CLASSES[level] || 'badge--plain';
}

export function renderBadge(badge) {
  // badge.label is set by community moderators; it is escaped here.
  return `<span class="badge ${badgeClass(badge.level)}">${escapeHtml(badge.label)}</span>`;
}

export function renderLeaderRow(member, rank) {
  // display names are chosen by members themselves
  // expect: xss
  return `<li class="leader"><b>${rank}.</b> ${member.displayName} <small>${member.points} pts</small></li>`;
}

export function renderLeaderboard(members) {
  const rows = members.map((m, i) => renderLeaderRow(m, i + 1)).join('');
  return `<ol class="leaderboard">${rows}</ol>`;
}

export function renderEmptyState(seasonName) {
  return `<p class="empty">No points yet in ${escapeHtml(seasonName)}.</p>`;
}

export function renderProfileTooltip(member) {
  // member.bio is free text from the profile page
  // expect: xss
  return `<div class="tooltip"><h4>${escapeHtml(member.displayName)}</h4><p>${member.bio}</p></div>`;
}

export function leaderboardTitle(season) {
  // plain text for document.title, no markup involved
  return `Leaderboard: ${season.name} (${season.year})`;
}

export function pointsLabel(points) {
  const n = Number(points) || 0;
  return `<span class="points">${n.toLocaleString('en-US')}</span>`;
}
