"""Full-page screenshots of the reader's site, in English and Arabic, on a phone and a desktop.

    .venv/bin/python bench/screenshots.py [--base-url http://127.0.0.1:8000] [--out docs/screenshots]

Finds the pages by following the home page's own links (the lead story, the first opinion
column and the first cartoon), and searches for the lead headline's longest word, so it works on
any newsroom's content. Uses Debian's chromium;
never downloads a browser.
"""

import argparse
import shutil
import sys
from pathlib import Path
from urllib.parse import urlencode, urljoin

from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1440, "height": 900}}
# What to capture, and the link on the home page that leads to it (None: the home page itself).
PAGES = {
    "home": None,
    "article": ".front-lead .card__title a",
    "opinion": ".block--opinion .card__title a",
    "caricature": ".block--caricature .card__title a",
}
# Pages reached from the lead story (name: the link on the story page).
STORY_LINKS = {"section": ".story .kicker a", "tag": ".story__tags a", "author": ".byline a[rel=author]"}


def find_pages(page: Page, base_url: str, language: str) -> dict[str, str]:
    """{name: url} of each page to capture, read from the home page in `language`."""
    home = urljoin(base_url, f"/{language}/")
    page.goto(home)
    found = {"home": home}
    for name, selector in PAGES.items():
        if selector is None:
            continue
        link = page.locator(selector).first
        if link.count():
            found[name] = urljoin(home, link.get_attribute("href"))
        else:
            print(f"{language}: no {name} link on the home page ({selector}); skipped", file=sys.stderr)
    lead = page.locator(PAGES["article"]).first
    if lead.count():
        word = max(lead.inner_text().split(), key=len).strip(".,:;!?'\"«»“”")
        found["search"] = urljoin(home, f"search/?{urlencode({'q': word})}")
    # The list pages, from the lead story's own links: its section, its first tag, its writer.
    if "article" in found:
        page.goto(found["article"])
        for name, selector in STORY_LINKS.items():
            link = page.locator(selector).first
            if link.count():
                found[name] = urljoin(home, link.get_attribute("href"))
    return found


def find_desk(browser: Browser, base_url: str, login: str, language: str) -> dict[str, tuple]:
    """{name: (url, context)} of the back office's desk and a story's form, signed in as `login`
    (USER:PASSWORD), with the admin in `language` (it follows the browser's)."""
    username, _, password = login.partition(":")
    found = {}
    for size, viewport in VIEWPORTS.items():
        context = browser.new_context(viewport=viewport, locale=language, device_scale_factor=1)
        page = context.new_page()
        page.goto(urljoin(base_url, "/admin/login/"))
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_url(urljoin(base_url, "/admin/"))
        story = page.locator("a[href*='/admin/articles/article/'][href$='/change/']").first
        found[f"desk-{language}-{size}"] = (urljoin(base_url, "/admin/"), context)
        if story.count():
            found[f"story-form-{language}-{size}"] = (urljoin(base_url, story.get_attribute("href")), context)
    return found


def shrink(path: Path) -> None:
    """Re-save with a 128-colour palette: a quarter of the size, and still sharp text."""
    from PIL import Image

    with Image.open(path) as shot:
        small = shot.convert("RGB").quantize(
            colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    small.save(path, optimize=True)


def capture(
    browser: Browser, url: str, path: Path, viewport: dict, color_scheme: str = "light", context=None
) -> None:
    """A full-page shot of `url`; in `context` (a signed-in one) if given, else in a fresh one."""
    own = context is None
    if own:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme, device_scale_factor=1)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    # Lazy pictures below the fold load only when scrolled to; a full-page shot needs them all.
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(path), full_page=True)
    shrink(path)
    page.close()
    if own:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--mail-dir", type=Path, help="HTML mails (bench/mail_preview.py) to capture too")
    parser.add_argument("--login", help="USER:PASSWORD of an editor: the desk and a story's form too")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        finder = browser.new_page()
        for language in ("en", "ar"):
            for name, url in find_pages(finder, args.base_url, language).items():
                for size, viewport in VIEWPORTS.items():
                    path = args.out / f"{name}-{language}-{size}.png"
                    capture(browser, url, path, viewport)
                    print(path)
            # The newsletter's own page (the box itself is on every page above).
            for size, viewport in VIEWPORTS.items():
                path = args.out / f"newsletter-{language}-{size}.png"
                capture(browser, urljoin(args.base_url, f"/{language}/newsletter/"), path, viewport)
                print(path)
        # The back office: the editor's desk and the story form, in each language of the admin.
        for language in ("en", "ar") if args.login else ():
            contexts = set()
            for name, (url, context) in find_desk(browser, args.base_url, args.login, language).items():
                path = args.out / f"{name}.png"
                capture(browser, url, path, {}, context=context)
                contexts.add(context)
                print(path)
            for context in contexts:
                context.close()
        # One look at dark mode, where contrast problems show first.
        for language in ("en", "ar"):
            path = args.out / f"home-{language}-desktop-dark.png"
            capture(browser, urljoin(args.base_url, f"/{language}/"), path, VIEWPORTS["desktop"], "dark")
            print(path)
        # Mail as a mail program shows it: phone and desktop widths, light and dark.
        for mail in sorted(args.mail_dir.glob("mail-*.html")) if args.mail_dir else []:
            for size, viewport in VIEWPORTS.items():
                for scheme in ("light", "dark"):
                    suffix = "-dark" if scheme == "dark" else ""
                    path = args.out / f"{mail.stem}-{size}{suffix}.png"
                    capture(browser, mail.resolve().as_uri(), path, {**viewport, "height": 600}, scheme)
                    print(path)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
