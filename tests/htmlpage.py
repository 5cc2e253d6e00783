"""Read back an HTML report as a browser's parser would: elements, labels, article words."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "link", "br", "img", "hr", "input", "source", "area", "base", "col", "embed", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """Elements in document order; displaCy's labels; the words shown in the article paragraphs."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Node] = []
        self.stack: list[Node] = []
        #: displaCy label texts, in order ("quote q1 (direct)", "speaker", ...).
        self.labels: list[str] = []
        #: Data inside article paragraphs, outside displaCy's absolutely placed labels and bars.
        self.words: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.elements.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        for node in self.stack:
            node.text.append(data)
        placed = [n for n in self.stack if n.tag == "span" and "position: absolute" in n.attrs.get("style", "")]
        if placed and "z-index" in placed[-1].attrs.get("style", "") and data.strip():
            self.labels.append(" ".join(data.split()))
        if not placed and any("para" in n.classes for n in self.stack):
            self.words.append(data)

    def by_class(self, name: str) -> list[Node]:
        return [n for n in self.elements if name in n.classes]

    def text_of(self, node: Node) -> str:
        return " ".join("".join(node.text).split())
