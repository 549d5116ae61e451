"""Blogger post HTML as story markup.

Blogger's editor writes lines as `<div>`s and `<br>`s (an empty line, `<div><br></div>` or
`<br><br>`, separates paragraphs), wraps a picture in a link to its full-size file
(`<a href="…/s1600/x.jpg"><img src="…/s320/x.jpg"></a>`, inside `<div class="separator">`),
puts a captioned picture in a `tr-caption-container` table, and plays YouTube in an `<iframe>`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from masthead.imports.bodies.markup import Converter, Node

# Where Blogger keeps uploaded pictures: a link there from a picture is its larger file.
IMAGE_HOSTS = ("bp.blogspot.com", "googleusercontent.com", "ggpht.com", "photos1.blogger.com")


def is_blogger_image(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return any(host == suffix or host.endswith("." + suffix) for suffix in IMAGE_HOSTS)


class BloggerConverter(Converter):
    def image_src(self, img: Node, link: str) -> str:
        if link and is_blogger_image(link):
            return link  # the file the thumbnail in the post opened: the largest there is
        return super().image_src(img, link)

    def replace(self, node: Node) -> str | None:
        if node.tag != "table" or "tr-caption-container" not in node.classes:
            return None
        caption_cell = node.find(css_class="tr-caption")
        caption = self.inline(caption_cell.children) if caption_cell else ""
        images = [n for n in node.iter() if n.tag == "img"]
        if not images:
            return None
        figures = []
        for index, img in enumerate(images):
            link = next((a.get("href") for a in node.iter() if a.tag == "a" and img in a.iter()), "")
            last = index == len(images) - 1
            figures.append(self.picture_of(img, link=self.absolute(link), caption=caption if last else ""))
        return "".join(figures)


def convert_body(html: str, *, site_url: str = "") -> str:
    """A Blogger post's HTML as story markup; addresses starting with "/" are made absolute."""
    return BloggerConverter(site_url=site_url).convert(html)
