"""Reads agendad's own --help texts, for scripts/help-to-man and scripts/help-to-completion: the
manual page and the bash completion are made from what the binary says, so neither can drift
from the options it takes.

The texts follow one shape (daemon/cli/command_line.cpp, from each command's Program_options
table): a "Usage: agendad NAME ..." synopsis, paragraphs, options as "  --name ARG   what it does"
with indented continuation lines (ARG a name such as DIR, or the values it takes, as text|json),
and an "Exit status:" paragraph. Anything else fails loudly rather than being left out.
"""
import re
import subprocess
from dataclasses import dataclass, field


@dataclass
class Option:
    name: str
    argument: str | None  # DIR, FILE, N, text|json, ... or None for a flag
    text: str


@dataclass
class Command:
    name: str
    summary: str
    synopsis: str = ""
    paragraphs: list = field(default_factory=list)
    options: list = field(default_factory=list)
    exit_status: str = ""

    def values_of(self, option):
        """The alternatives the synopsis gives an option: `--format html|text` -> [html, text]."""
        found = re.search(re.escape(option) + r" ([a-z]+(?:\|[a-z]+)+)", self.synopsis)
        return found.group(1).split("|") if found else []


@dataclass
class Cli:
    version: str
    title: str        # "plans a council scrutiny committee's ... drafts."
    commands: list


def _run(binary, *arguments):
    return subprocess.run([binary, *arguments], check=True, capture_output=True, text=True).stdout


# "  --listen ADDR:PORT where to listen", "  --format text|json  text or json",
# "  --members      the members' version".
OPTION = re.compile(r"^  (--[a-z][a-z-]*)(?: ([A-Z][A-Z:/|.-]*|[a-z]+(?:\|[a-z]+)+))?(?:\s+(.*))?$")


def _command(binary, name, summary):
    command = Command(name, summary)
    blocks = [block.split("\n") for block in _run(binary, name, "--help").strip("\n").split("\n\n")]
    synopsis = " ".join(line.strip() for line in blocks[0])
    if not synopsis.startswith(f"Usage: agendad {name}"):
        raise SystemExit(f"cli_help: `agendad {name} --help` does not open with its usage: {synopsis!r}")
    command.synopsis = synopsis[len("Usage: "):]
    for block in blocks[1:]:
        if block[0].startswith("  --"):
            for line in block:
                matched = OPTION.match(line)
                if matched:
                    command.options.append(Option(matched.group(1), matched.group(2), matched.group(3) or ""))
                elif line.startswith("     ") and command.options:
                    command.options[-1].text += " " + line.strip()
                else:
                    raise SystemExit(f"cli_help: `agendad {name} --help`: not an option line: {line!r}")
        elif block[0].startswith("Exit status:"):
            command.exit_status = " ".join(line.strip() for line in block)[len("Exit status:"):].strip()
        else:
            command.paragraphs.append(" ".join(line.strip() for line in block))
    return command


def read(binary):
    """Everything `agendad --help` and each `agendad COMMAND --help` say."""
    version = _run(binary, "--version").split()[-1]
    help_text = _run(binary, "--help")
    head, _, rest = help_text.partition("\n\nUsage:")
    title = " ".join(head.split(": ", 1)[1].split())
    listing = rest.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    commands = []
    for line in listing.splitlines():
        name, summary = line.strip().split(None, 1)
        commands.append(_command(binary, name, summary))
    if not commands:
        raise SystemExit("cli_help: `agendad --help` lists no command")
    return Cli(version, title, commands)
