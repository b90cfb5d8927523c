#!/usr/bin/env python3
"""config/agendad.schema.json and agendad's loader agree.

The example configurations pass both the schema (a real JSON Schema 2020-12 validator) and
`agendad check`. Then each broken fragment of a table, written into a temporary copy of the
configuration, is refused by both: `agendad check` exits 1, naming the field, and the validator
reports at least one error. A smaller table of fragments the loader accepts (yes/no, an unquoted
time, one text for a list) must pass both too.

    tests/schema/check_schema.py --agendad build/x/agendad [--source .] [-v]

Needs python3-yaml and python3-jsonschema. Prints `N passed, M failed`; exits 1 on any failure.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
    import yaml
except ImportError as missing:
    sys.exit(f"check_schema: {missing}; install python3-yaml and python3-jsonschema")


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2's core schema, as editors' YAML servers read a file: dates and times stay text
    (PyYAML's YAML 1.1 would make 2024-09-17 a date and 10:00 the number 600), and only
    true/false are booleans (yes and no are text, which the schema's yes/no type allows)."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))


def construct_int(loader, node):
    value = loader.construct_scalar(node)
    return int(value, 0) if value.startswith(("0o", "0x")) else int(value, 10)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)

BANK_HOLIDAYS = re.compile(r"^(\s*bank_holidays:\s*)(\S.*)$", re.M)


def modern(text):
    """bank_holidays was once a path to an .ics file; it is now england-and-wales or none. A file
    still giving a path is read as the default, which the loader accepts either way."""
    return BANK_HOLIDAYS.sub(
        lambda m: m.group(0) if m.group(2).strip() in ("england-and-wales", "none") else m.group(1) + "england-and-wales",
        text)


# Broken fragments: (name, file, text in it, replacement, a field the loader's error names).
# Each is refused by `agendad check` for a reason a schema can express.
BROKEN = [
    # Unknown keys, at several levels.
    ("unknown key at the top", "council.yaml", "venues:\n", "committee:\n  - id: x\nvenues:\n", "committee"),
    ("unknown key in council", "council.yaml", "  chief_executive:", "  chief_exec: x\n  chief_executive:", "council.chief_exec"),
    ("unknown key in council.rules", "council.yaml", "    publication_clear_days: 5\n",
     "    publication_clear_days: 5\n    capacity_items: 3\n    publication_days: 5\n", "council.rules.publication_days"),
    ("unknown key in a venue", "council.yaml", "    name: Rotherham Town Hall\n",
     "    name: Rotherham Town Hall\n    postcode: S60 2TH\n", "venues.town-hall.postcode"),
    ("unknown key in a committee", "ilsc.yaml", "    short_name: ILSC\n", "    short_name: ILSC\n    chair: Pitchley\n",
     "committees.ilsc.chair"),
    ("unknown key in a member", "ilsc.yaml", "role: chair}", "role: chair, ward: Rother Vale}", "ward"),
    ("unknown key in a standing item", "ilsc.yaml", "          document: minutes\n",
     "          document: minutes\n          documents: minutes\n", "documents"),
    ("unknown key in a meeting", "ilsc.yaml", "        date: 2024-06-18\n",
     "        date: 2024-06-18\n        room: Committee Room 1\n", "meetings.ilsc-2024-06-18.room"),
    ("unknown key in an item", "ilsc.yaml", "        lead_service: Youth Justice Service\n",
     "        lead_service: Youth Justice Service\n        lead_services: x\n", "items.youth-justice-update.lead_services"),
    ("unknown key in an earlier state", "ilsc.yaml", "          - status: awaiting_date\n            note: Awaiting Date\n",
     "          - status: awaiting_date\n            notes: Awaiting Date\n", "earlier[0].notes"),
    ("unknown key in due_before", "ilsc.yaml", "          month: 2025-07\n", "          month: 2025-07\n          day: 3\n",
     "due_before.day"),
    ("unknown key in an action", "ilsc.yaml", "        owed_to: the Commission\n",
     "        owed_to: the Commission\n        owed_too: x\n", "actions.statistical-neighbours.owed_too"),
    ("unknown key in a pattern", "calendar.yaml", "      meetings_per_year: 11\n",
     "      meetings_per_year: 11\n      meetings_a_year: 11\n", "pattern.meetings_a_year"),
    ("unknown key in a blackout", "calendar.yaml", "reason: the pre-election period (demonstration)}",
     "reason: the pre-election period (demonstration), kind: report}", "blackouts[0].kind"),
    # Wrong types.
    ("number given as a word", "council.yaml", "    publication_clear_days: 5\n", "    publication_clear_days: 5\n    capacity_items: three\n", "council.rules.capacity_items"),
    ("number given a fraction", "ilsc.yaml", "        pages: 5\n", "        pages: 5.5\n", "ofsted-focused-visit.pages"),
    ("yes/no given a word", "ilsc.yaml", "    webcast: true\n", "    webcast: sometimes\n", "committees.ilsc.webcast"),
    ("map given as text", "council.yaml", "    bank_holidays: england-and-wales\n",
     "    bank_holidays: england-and-wales\n  calendar: http://127.0.0.1:8080\n", "council.calendar"),
    ("list given as a map", "council.yaml", "venues:\n  - id: town-hall\n", "venues:\n  town-hall:\n    id: town-hall\n", "venues"),
    ("text given as a list", "ilsc.yaml", "    governance_advisor: Natasha Aucott\n",
     "    governance_advisor: [Natasha Aucott, Kelly White]\n", "committees.ilsc.governance_advisor"),
    ("text given as a map", "ilsc.yaml", "        title: Youth Justice Service Update\n",
     "        title: {text: Youth Justice Service Update}\n", "youth-justice-update.title"),
    ("text left empty", "ilsc.yaml", "    link_officer: Kelly White\n", "    link_officer:\n", "committees.ilsc.link_officer"),
    ("text given as \"\"", "ilsc.yaml", "    link_officer: Kelly White\n", "    link_officer: \"\"\n", "committees.ilsc.link_officer"),
    ("list of text given a map", "ilsc.yaml", "includes: [CYPS Performance, Early Help Strategy, SEND/ SEND Sufficiency]",
     "includes: {first: CYPS Performance}", "introduction.includes"),
    ("file that is a list", "council.yaml", None, "- council\n", ""),
    # Bad ids.
    ("id in capitals", "ilsc.yaml", "      - id: ilsc-2024-06-18\n", "      - id: ILSC-2024-06-18\n", "id"),
    ("id with a space", "council.yaml", "  - id: town-hall\n", "  - id: town hall\n", "venues[0].id"),
    ("id starting with a hyphen", "council.yaml", "  - id: cabinet\n", "  - id: -cabinet\n", "bodies.-cabinet.id"),
    ("id with a full stop", "ilsc.yaml", "      - id: pause-update\n", "      - id: pause.update\n", "items[15].id"),
    ("id of 101 characters", "ilsc.yaml", "      - id: pause-update\n", "      - id: " + "p" * 101 + "\n", "items[15].id"),
    ("reference that is not an id", "ilsc.yaml", "\n    venue: town-hall\n", "\n    venue: Town Hall\n", "committees.ilsc.venue"),
    ("document key that is not an id", "ilsc.yaml", "pages: {front_sheet: 2,", "pages: {Front Sheet: 2,", "pages"),
    # Bad dates, months and times.
    ("date as DD/MM/YYYY", "ilsc.yaml", "        date: 2024-09-17\n", "        date: 17/09/2024\n", "ilsc-2024-09-17.date"),
    ("date without leading zeros", "ilsc.yaml", "        known_from: 2025-03-04\n        status: taken\n",
     "        known_from: 2025-3-4\n        status: taken\n", "kinship-care-offer-update.known_from"),
    ("date in month 13", "council.yaml", "    endorsed_on: 2023-07-05\n", "    endorsed_on: 2023-13-05\n",
     "council.selection.endorsed_on"),
    ("date on day 31 of a 30-day month", "ilsc.yaml", "        date: 2024-09-17\n", "        date: 2024-09-31\n",
     "ilsc-2024-09-17.date"),
    ("date on 30 February", "calendar.yaml", "{from: 2026-04-20,", "{from: 2026-02-30,", "blackouts[0].from"),
    ("month spelt out", "ilsc.yaml", "          month: 2025-07\n", "          month: July 2025\n", "due_before.month"),
    ("month 00", "ilsc.yaml", "          month: 2025-07\n", "          month: 2025-00\n", "due_before.month"),
    ("time with a full stop", "ilsc.yaml", "\n    start: \"10:00\"\n", "\n    start: \"10.00\"\n", "committees.ilsc.start"),
    ("time at 25:00", "ilsc.yaml", "\n    start: \"10:00\"\n", "\n    start: \"25:00\"\n", "committees.ilsc.start"),
    ("time without its leading zero", "calendar.yaml", "      start: \"14:00\"\n", "      start: \"2:00\"\n", "pattern.start"),
    ("time with seconds", "ilsc.yaml", "        date: 2024-06-18\n", "        date: 2024-06-18\n        start: \"10:00:00\"\n",
     "ilsc-2024-06-18.start"),
    # Missing required keys.
    ("council without its name", "council.yaml", "  name: Rotherham Metropolitan Borough Council\n", "", "council.name"),
    ("venue without its name", "council.yaml", "    name: Rotherham Town Hall\n", "", "venues.town-hall.name"),
    ("body without its id", "council.yaml", "  - id: osmb\n    name:", "  - name:", "bodies[2].id"),
    ("committee without its name", "ilsc.yaml", "    name: Improving Lives Select Commission\n", "", "committees.ilsc.name"),
    ("meeting without its date", "ilsc.yaml", "      - id: ilsc-2024-06-18\n        date: 2024-06-18\n",
     "      - id: ilsc-2024-06-18\n", "ilsc-2024-06-18.date"),
    ("item without its title", "ilsc.yaml", "        title: PAUSE Update\n", "", "pause-update.title"),
    ("item without its status", "ilsc.yaml", "        title: PAUSE Update\n        status: awaiting_date\n",
     "        title: PAUSE Update\n", "pause-update.status"),
    ("action without what is owed", "ilsc.yaml", "        owed: a written response on Rotherham's statistical neighbours\n", "",
     "statistical-neighbours.owed"),
    ("standing item without its title", "ilsc.yaml", "          title: Apologies for Absence\n", "", "before_business[0].title"),
    ("minutes without the last", "ilsc.yaml", "minutes: {first: 14, last: 22}", "minutes: {first: 14}", "minutes.last"),
    ("bank holidays of a nation agendad does not know", "council.yaml", "    bank_holidays: england-and-wales\n",
     "    bank_holidays: scotland\n", "council.rules.bank_holidays"),
    ("bank holidays as a file, as they once were", "council.yaml", "    bank_holidays: england-and-wales\n",
     "    bank_holidays: holidays.ics\n", "council.rules.bank_holidays"),
    ("closure without its end", "council.yaml", "    publication_clear_days: 5\n",
     "    publication_clear_days: 5\n    capacity_items: 3\n    closures:\n      - {from: 2024-12-24, reason: Christmas}\n", "closures[0].to"),
    ("scale without its threshold", "council.yaml", "    starting_point:\n",
     "    scale: {min: 1, max: 5}\n    starting_point:\n", "council.selection.scale.threshold"),
    ("booked item without its meeting", "ilsc.yaml", "        status: booked\n        meeting: ilsc-2024-12-03\n      - id: send",
     "        status: booked\n      - id: send", "absences-from-education.meeting"),
    ("moved meeting without its moves", "ilsc.yaml", "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n",
     "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n        status: moved\n", "ilsc-2024-12-03.moves"),
    ("joint meeting without whom with", "ilsc.yaml", "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n",
     "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n        kind: joint\n", "ilsc-2024-12-03.joint_with"),
    # Bad choices.
    ("meeting kind misspelt", "ilsc.yaml", "        kind: workshop\n        format: hybrid\n",
     "        kind: seminar\n        format: hybrid\n", "ilsc-2025-05-01-workshop.kind"),
    ("member role misspelt", "ilsc.yaml", "role: vice_chair}", "role: vice-chair}", "members[1].role"),
    ("membership change both on and by", "ilsc.yaml", "      - by: 2025-03-04\n",
     "      - by: 2025-03-04\n        on: 2025-03-04\n", "membership_changes[0].by"),
    ("membership change without its source", "ilsc.yaml",
     "        source: \"Minutes of 4 March 2025: Councillor Garnett present\"\n", "", "membership_changes[0].source"),
    ("membership change with an unknown key", "ilsc.yaml", "        join: [Garnett]\n",
     "        join: [Garnett]\n        joined: [Garnett]\n", "membership_changes[0].joined"),
    ("attendance without its source", "ilsc.yaml", "          source: Minutes of 4 March 2025\n", "", "attendance.source"),
    ("substitute without whom for", "ilsc.yaml", "          source: Minutes of 4 March 2025\n",
     "          source: Minutes of 4 March 2025\n          substitutes: [{name: Allen}]\n", "substitutes[0].for"),
    ("item status misspelt", "ilsc.yaml", "        title: PAUSE Update\n        status: awaiting_date\n",
     "        title: PAUSE Update\n        status: awaiting\n", "pause-update.status"),
    ("item kind misspelt", "ilsc.yaml", "        kind: verbal_update\n", "        kind: verbal\n", "cppb-update-2024-09.kind"),
    ("meeting status misspelt", "ilsc.yaml", "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n",
     "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n        status: postponed\n", "ilsc-2024-12-03.status"),
    ("weekday in lower case", "calendar.yaml", "      weekdays: [Monday]\n", "      weekdays: [monday]\n", "weekdays[0]"),
    ("month abbreviated", "calendar.yaml", "      gap_weeks: 4\n      months_without_meetings: [August]\n",
     "      gap_weeks: 4\n      months_without_meetings: [Aug]\n", "months_without_meetings[0]"),
    ("blackout kind misspelt", "calendar.yaml", "reason: the pre-election period (demonstration)}",
     "reason: the pre-election period (demonstration), kinds: [reports]}", "blackouts[0].kinds[0]"),
    # Whole numbers out of range.
    ("publication_clear_days below 5", "council.yaml", "    publication_clear_days: 5\n", "    publication_clear_days: 4\n",
     "council.rules.publication_clear_days"),
    ("capacity_items above 50", "council.yaml", "    publication_clear_days: 5\n", "    publication_clear_days: 5\n    capacity_items: 51\n", "council.rules.capacity_items"),
    ("refresh_minutes above a week", "council.yaml", "    bank_holidays: england-and-wales\n",
     "    bank_holidays: england-and-wales\n  calendar:\n    refresh_minutes: 10081\n",
     "council.calendar.refresh_minutes"),
    ("papers as an empty list", "ilsc.yaml", "        pages: 5\n", "        pages: 5\n        papers: []\n",
     "ofsted-focused-visit.papers"),
    ("meeting papers not a map", "ilsc.yaml", "minutes: 14, work_programme: 3}\n",
     "minutes: 14, work_programme: 3}\n        papers: [minutes.pdf]\n", "ilsc-2024-09-17.papers"),
    ("pages of 0", "ilsc.yaml", "        pages: 5\n", "        pages: 0\n", "ofsted-focused-visit.pages"),
    ("document pages above 10000", "ilsc.yaml", "minutes: 14, work_programme: 3}", "minutes: 14, work_programme: 10001}",
     "pages.work_programme"),
    ("minute of 0", "ilsc.yaml", "minutes: {first: 14, last: 22}", "minutes: {first: 0, last: 22}", "minutes.first"),
    ("negative minute", "ilsc.yaml", "        minute: 64\n        earlier:", "        minute: -64\n        earlier:", "youth-justice-update.minute"),
    ("gap_weeks above 52", "calendar.yaml", "      gap_weeks: 4\n", "      gap_weeks: 53\n", "pattern.gap_weeks"),
    ("duration of a day and a minute", "ilsc.yaml", "\n    start: \"10:00\"\n", "\n    start: \"10:00\"\n    duration_minutes: 1441\n",
     "committees.ilsc.duration_minutes"),
    # Rules between keys.
    ("both end and duration", "ilsc.yaml", "        date: 2024-06-18\n",
     "        date: 2024-06-18\n        end: \"12:00\"\n        duration_minutes: 120\n", "ilsc-2024-06-18.duration_minutes"),
    ("joint and possibly joint", "ilsc.yaml", "        possibly_joint_with: ipsc\n        status: awaiting_date\n        note: Possible Joint with IPSC - Agenda for Council Meeting on Wednesday 29 November 2023, 2.00 p.m. - Rotherham Council\n        notes_public: true  # the work programme or minutes print it\n        waiting_since: 2024-09-17\n      - id: school",
     "        possibly_joint_with: ipsc\n        joint_with: ipsc\n        status: awaiting_date\n      - id: school",
     "parking-outside-schools.possibly_joint_with"),
    ("due before a month but no body", "ilsc.yaml", "          body: cabinet\n          month: 2025-07\n",
     "          month: 2025-07\n", "due_before.month"),
    ("awaiting a date on a meeting", "ilsc.yaml", "        title: PAUSE Update\n        status: awaiting_date\n",
     "        title: PAUSE Update\n        status: awaiting_date\n        meeting: ilsc-2025-04-22\n", "pause-update.meeting"),
    ("requested by someone for a booking", "ilsc.yaml", "        status: booked\n        meeting: ilsc-2024-12-03\n      - id: send",
     "        status: booked\n        meeting: ilsc-2024-12-03\n        requested_by: the service\n      - id: send",
     "absences-from-education.requested_by"),
]

# Fragments the loader accepts, which the schema must accept too: (name, file, text, replacement),
# or (name, [(file, text, replacement), ...]) for edits of several files.
ACCEPTED = [
    ("yes and no for true and false", "ilsc.yaml", "    webcast: true\n", "    webcast: yes\n"),
    ("YES in capitals", "ilsc.yaml", "        report_received: true\n", "        report_received: YES\n"),
    ("an unquoted time", "ilsc.yaml", "\n    start: \"10:00\"\n", "\n    start: 10:00\n"),
    ("one text for a list of text", "ilsc.yaml", "includes: [CYPS Performance, Early Help Strategy, SEND/ SEND Sufficiency]",
     "includes: CYPS Performance"),
    ("a text that looks like a number", "ilsc.yaml", "    municipal_year: 2024/25\n", "    municipal_year: 2024\n"),
    ("no bank holidays", "council.yaml", "    bank_holidays: england-and-wales\n", "    bank_holidays: none\n"),
    ("29 February of a leap year", "calendar.yaml", "{from: 2026-04-20,", "{from: 2024-02-29,"),
    ("every rule", "council.yaml", "    publication_clear_days: 5\n",
     "    publication_clear_days: 5\n    capacity_items: 3\n    capacity_minutes: 180\n    report_deadline_working_days: 10\n"
     "    closures:\n      - {from: 2024-12-24, to: 2025-01-01, reason: Christmas}\n"
     "    blackouts:\n      - {from: 2025-04-01, to: 2025-05-01, kinds: [report, annual_report]}\n"),
    ("a scale, TOPIC scores and longlisting", [
        ("council.yaml", "    starting_point:\n", "    scale: {min: 1, max: 5, threshold: 15}\n    starting_point:\n"),
        ("ilsc.yaml", "        title: PAUSE Update\n",
     "        title: PAUSE Update\n        longlisting: {adds_value: yes, looked_at_elsewhere: no, elsewhere: OSMB, priority: true}\n"
     "        topic: {time: 3, others: 4, performance: 5, interest: 2, contribution: 1}\n")]),
    ("exempt, not_before and due before a date", "ilsc.yaml", "        title: PAUSE Update\n",
     "        title: PAUSE Update\n        exempt: {paragraph: 3, public_title: An exempt update}\n"
     "        not_before: 2025-01-01\n        due_before: {date: 2025-06-30, why: the resolution}\n"),
    ("a moved, confirmed joint meeting", "ilsc.yaml", "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n",
     "      - id: ilsc-2024-12-03\n        date: 2024-12-03\n        kind: joint\n        joint_with: ipsc\n        status: moved\n"
     "        status_reason: a clash\n        confirmed: no\n        end: \"12:30\"\n"
     "        moves:\n          - {from_date: 2024-11-26, from_start: \"10:00\", reason: a clash, requested_by: the Chair}\n"),
    ("a membership change on a day, and a substitute", "ilsc.yaml",
     "        source: \"Minutes of 4 March 2025: Councillor Garnett present\"\n",
     "        source: \"Minutes of 4 March 2025: Councillor Garnett present\"\n      - on: 2025-03-03\n"
     "        leave: [Reynolds]\n        join: [{name: Allen, full_name: A Allen}]\n        source: a demonstration\n"),
    ("attendance with a substitute", "ilsc.yaml", "          source: Minutes of 4 March 2025\n",
     "          source: Minutes of 4 March 2025\n          substitutes: [{name: Allen, for: Knight}]\n"),
    ("a pattern's venue", [
        ("calendar.yaml", "      feeds: [cabinet]\n      working_days_before_fed_body: 3\n",
         "      feeds: [cabinet]\n      working_days_before_fed_body: 3\n      venue: chamber\n")]),
    ("a withdrawal requested by someone, earlier states dated", "ilsc.yaml",
     "        title: PAUSE Update\n        status: awaiting_date\n        note: Awaiting Date\n",
     "        title: PAUSE Update\n        status: withdrawn\n        since: 2025-03-04\n        requested_by: the service\n"
     "        reason: no longer needed\n        earlier:\n          - {status: proposed, since: 2024-06-18}\n"
     "          - {status: awaiting_date, since: 2024-09-17, note: Awaiting Date}\n"),
]


class Checker:
    def __init__(self, args):
        self.agendad = args.agendad
        self.source = args.source
        self.verbose = args.verbose
        self.passed = 0
        self.failed = 0
        with open(os.path.join(self.source, "config", "agendad.schema.json"), encoding="utf-8") as f:
            self.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(self.schema)
        self.validator = jsonschema.Draft202012Validator(self.schema)

    def result(self, ok, name, why=""):
        if ok:
            self.passed += 1
            if self.verbose:
                print(f"ok      {name}" + (f": {why}" if why else ""))
        else:
            self.failed += 1
            print(f"FAILED  {name}: {why}")

    def schema_errors(self, text):
        try:
            data = yaml.load(text, Loader=Yaml12Loader)
        except yaml.YAMLError as problem:
            return [f"not YAML: {problem}"]
        return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
                for e in self.validator.iter_errors(data)]

    def check(self, directory):
        run = subprocess.run([self.agendad, "check", "--format", "json", directory], capture_output=True, text=True,
                             timeout=120)
        try:
            errors = json.loads(run.stdout).get("errors", [])
        except ValueError:
            errors = []
        return run.returncode, errors

    # The examples, as they are, and each file's first line naming the schema.
    def examples(self):
        for directory in ["config", os.path.join("config", "examples", "council-calendar")]:
            full = os.path.join(self.source, directory)
            code, errors = self.check(full)
            self.result(code == 0, f"agendad check {directory}", f"exit {code}: {[e.get('text') for e in errors]}")
            for name in sorted(os.listdir(full)):
                if not name.endswith((".yaml", ".yml")):
                    continue
                path = os.path.join(full, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                first = text.split("\n", 1)[0]
                named = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
                points = named and os.path.samefile(os.path.join(full, named.group(1)),
                                                    os.path.join(self.source, "config", "agendad.schema.json"))
                self.result(bool(points), f"{directory}/{name} names the schema on its first line", first)
                problems = self.schema_errors(modern(text))
                self.result(not problems, f"{directory}/{name} passes the schema", "; ".join(problems[:5]))

    def copy(self, into):
        """A temporary copy of both example directories: council.yaml and ilsc.yaml in `config`,
        calendar.yaml in `calendar`, each as the schema sees it (bank_holidays modern)."""
        places = {}
        for name, directory in [("council.yaml", "config"), ("ilsc.yaml", "config"),
                                ("calendar.yaml", os.path.join("config", "examples", "council-calendar"))]:
            with open(os.path.join(self.source, directory, name), encoding="utf-8") as f:
                text = modern(f.read())
            place = os.path.join(into, "calendar" if name == "calendar.yaml" else "config")
            os.makedirs(place, exist_ok=True)
            with open(os.path.join(place, name), "w", encoding="utf-8") as f:
                f.write(text)
            places[name] = (place, text)
        return places

    def fragments(self):
        with tempfile.TemporaryDirectory(prefix="agendad-schema-") as tmp:
            places = self.copy(tmp)
            for place in sorted({p for p, _ in places.values()}):
                code, errors = self.check(place)
                self.result(code == 0, f"the unbroken copy in {os.path.basename(place)} passes agendad check",
                            f"exit {code}: {[e.get('text') for e in errors]}")

            def changed(edits):
                """Each edited file's new text, or a reason the edit does not apply."""
                texts = {}
                for file, old, new in edits:
                    text = texts.get(file, places[file][1])
                    if old is None:
                        texts[file] = new
                    elif text.count(old) != 1:
                        return f"{old!r} is not in {file} exactly once"
                    else:
                        texts[file] = text.replace(old, new)
                return texts

            def run(edits):
                """agendad check's exit and errors on each directory edited, and the schema's errors
                on each file edited, with the copy put back afterwards."""
                texts = changed(edits)
                for file, text in texts.items():
                    with open(os.path.join(places[file][0], file), "w", encoding="utf-8") as f:
                        f.write(text)
                try:
                    code, errors = 0, []
                    for place in sorted({places[file][0] for file in texts}):
                        c, e = self.check(place)
                        code, errors = max(code, c), errors + e
                    return code, errors, [p for text in texts.values() for p in self.schema_errors(text)]
                finally:
                    for file in texts:
                        with open(os.path.join(places[file][0], file), "w", encoding="utf-8") as f:
                            f.write(places[file][1])

            def edits_of(case):
                return case[1] if isinstance(case[1], list) else [tuple(case[1:4])]

            for case in BROKEN:
                name, field = case[0], case[-1]
                if isinstance(changed(edits_of(case)), str):
                    self.result(False, f"broken: {name}", changed(edits_of(case)))
                    continue
                code, errors, problems = run(edits_of(case))
                fields = [e.get("field", "") + " " + e.get("message", "") for e in errors if e.get("severity") == "error"]
                named = any(field in f for f in fields)
                self.result(code == 1 and named, f"broken: {name}: agendad check refuses it",
                            f"exit {code}; errors {fields}" if not (code == 1 and named) else fields[0])
                self.result(bool(problems), f"broken: {name}: the schema refuses it", problems[0] if problems else
                            "the validator found nothing")

            for case in ACCEPTED:
                name = case[0]
                if isinstance(changed(edits_of(case)), str):
                    self.result(False, f"accepted: {name}", changed(edits_of(case)))
                    continue
                code, errors, problems = run(edits_of(case))
                self.result(code == 0, f"accepted: {name}: agendad check accepts it",
                            f"exit {code}: {[e.get('text') for e in errors]}")
                self.result(not problems, f"accepted: {name}: the schema accepts it", "; ".join(problems[:5]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agendad", required=True, help="the agendad binary")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."),
                        help="the source tree (default: this script's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="name every check that passes")
    checker = Checker(parser.parse_args())
    checker.examples()
    checker.fragments()
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())
