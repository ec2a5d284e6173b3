'use strict';

// EJS partials for the member directory of the makers' club. Kept as line
// arrays so the admin "theme" screen can reorder sections.

const ejs = require('ejs');

const memberCardLines = [
  '<div class="member-card">',
  '  <a href="/members/<%= member.id %>"><img src="/avatars/<%= member.id %>.png" alt=""></a>',
  '  <h3><%= member.displayName %></h3>',
  // member.website is free text from the profile form
  // expect: xss
  '  <a class="site" href="<%= member.website %>" rel="nofollow">Website</a>',
  '  <a class="mail" href="mailto:<%= member.publicEmail %>">E-mail</a>',
  '  <p><%= member.bio %></p>',
  '</div>',
];

const projectListLines = [
  '<ul class="projects">',
  '<% projects.forEach(function (p) { %>',
  '  <li>',
  // p.demoUrl is typed by the member when they add a project
  // expect: xss
  '    <a href="<%= p.demoUrl %>"><%= p.title %></a>',
  '    <a href="https://club.example.org/projects?ref=<%= p.id %>">Details</a>',
  '  </li>',
  '<% }) %>',
  '</ul>',
];

const paginationLines = [
  '<nav class="pages">',
  '  <a href="/members?page=<%= page - 1 %>">Previous</a>',
  '  <a href="/members?page=<%= page + 1 %>">Next</a>',
  '</nav>',
];

const renderCard = ejs.compile(memberCardLines.join('\n'));
const renderProjects = ejs.compile(projectListLines.join('\n'));
const renderPagination = ejs.compile(paginationLines.join('\n'));

function memberSection(member, projects, page) {
  return renderCard({ member }) + renderProjects({ projects }) + renderPagination({ page: Number(page) || 1 });
}

module.exports = { memberSection, memberCardLines, projectListLines, paginationLines };
