"""Every link in the README and docs/ resolves inside the repository: the file (and the heading, for a #fragment) exists,
and no link leaves the repository (../shared and the like are not there for a reader of a clone). Addresses on the web
are not followed (this machine has no web); they are only required to be https or http.

usage: check_links.py ROOT
"""
import pathlib
import re
import sys

LINK = re.compile(r'!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+"[^"]*")?\)')


def slug(heading):
    text = re.sub(r'[`*_]', '', heading.strip().lower())
    text = re.sub(r'[^\w\- ]', '', text)
    return text.replace(' ', '-')


def headings(path):
    found, inside = set(), False
    for line in path.read_text(encoding='utf-8').splitlines():
        if line.startswith('```'):
            inside = not inside
        elif not inside and line.startswith('#'):
            found.add(slug(line.lstrip('#')))
    return found


def main(root):
    root = pathlib.Path(root).resolve()
    pages = [root / 'README.md'] + sorted((root / 'docs').rglob('*.md'))
    problems, checked = [], 0
    for page in pages:
        inside = False
        for number, line in enumerate(page.read_text(encoding='utf-8').splitlines(), 1):
            if line.startswith('```'):
                inside = not inside
            if inside:
                continue
            for target in LINK.findall(line):
                checked += 1
                where = f'{page.relative_to(root)}:{number}: {target}'
                if re.match(r'^(https?|mailto):', target):
                    continue
                if re.match(r'^[a-z]+:', target):
                    problems.append(f'{where}: not a link a reader can follow')
                    continue
                file, _, fragment = target.partition('#')
                resolved = (page.parent / file).resolve() if file else page
                if root != resolved and root not in resolved.parents:
                    problems.append(f'{where}: points outside the repository')
                elif not resolved.exists():
                    problems.append(f'{where}: no such file')
                elif fragment and resolved.suffix == '.md' and fragment not in headings(resolved):
                    problems.append(f'{where}: no heading #{fragment} there')
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f'{checked} links in {len(pages)} pages checked, {len(problems)} broken or leaving the repository')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else '.'))
