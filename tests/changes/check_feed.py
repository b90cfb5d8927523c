#!/usr/bin/python3
"""Reads Atom feeds with feedparser (Debian's python3-feedparser), as a feed reader would, and
prints what it found as JSON: check_feed.py FILE ... -> [{bozo, error, version, title, updated,
entries: [{id, title, updated, link, summary}]}, ...]."""
import json
import sys

import feedparser

found = []
for path in sys.argv[1:]:
    feed = feedparser.parse(path)
    found.append({
        'bozo': int(bool(feed.bozo)),
        'error': str(feed.get('bozo_exception', '')),
        'version': feed.version,
        'title': feed.feed.get('title', ''),
        'updated': feed.feed.get('updated', ''),
        'entries': [{'id': e.get('id', ''), 'title': e.get('title', ''), 'updated': e.get('updated', ''),
                     'link': e.get('link', ''), 'summary': e.get('summary', '')} for e in feed.entries],
    })
print(json.dumps(found))
