import React from 'react';
import PropTypes from 'prop-types';

// Course page sidebar: links the instructor added plus our own help pages.
// The course page is also embedded in the LMS through an iframe-less popup, and
// some school networks still run old kiosk browsers that do not imply noopener.

const HELP_LINKS = [
  { href: '/help/getting-started', label: 'Getting started' },
  { href: '/help/grading', label: 'How grading works' },
];

function HelpLinks() {
  return (
    <ul className="help-links">
      {HELP_LINKS.map((link) => (
        <li key={link.href}>
          <a href={link.href} target="_blank">{link.label}</a>
        </li>
      ))}
    </ul>
  );
}

function StatusPageLink() {
  return (
    <a href="https://status.example-lms.com" target="_blank" rel="noopener">
      Service status
    </a>
  );
}

function InstructorLink({ resource }) {
  // Instructors paste any URL into the course editor.
  // expect: open-redirect
  return <a className="resource" href={resource.url} target="_blank">{resource.title}</a>;
}

function SafeInstructorLink({ resource }) {
  return (
    <a className="resource" href={resource.url} target="_blank" rel="noopener noreferrer nofollow">
      {resource.title}
    </a>
  );
}

function DownloadLink({ file }) {
  return <a href={`/files/${encodeURIComponent(file.id)}`} download={file.name}>{file.name}</a>;
}

export default function ResourceLinks({ course, hardened }) {
  const Link = hardened ? SafeInstructorLink : InstructorLink;
  return (
    <aside className="resources">
      <h3>Resources</h3>
      <ul>
        {course.resources.map((resource) => (
          <li key={resource.id}>
            <Link resource={resource} />
          </li>
        ))}
      </ul>
      <h3>Files</h3>
      <ul>
        {course.files.map((file) => (
          <li key={file.id}>
            <DownloadLink file={file} />
          </li>
        ))}
      </ul>
      <HelpLinks />
      <StatusPageLink />
    </aside>
  );
}

ResourceLinks.propTypes = {
  course: PropTypes.shape({
    resources: PropTypes.arrayOf(PropTypes.object).isRequired,
    files: PropTypes.arrayOf(PropTypes.object).isRequired,
  }).isRequired,
  hardened: PropTypes.bool,
};
