"""The dependency tree of a Doc as flat per-token lists, and a token view over them.

The grammar rules walk the tree many times per token. A spaCy ``Token`` is
rebuilt on each ``doc[i]``, ``.head``, ``.children`` or ``.subtree`` step and
looks its strings up again, so the rules read :class:`Tree` (lists from
:mod:`framing.docview`, built once per Doc by :func:`parse_tree`) through
:class:`Node`, a light view with the ``Token`` attributes they need.
Functions that only screen tokens read the lists by index.
"""

from __future__ import annotations

import weakref

from ..docview import arcs, once_per_doc, sent_bounds, token_strings

__all__ = ["Node", "PUNCT_TAGS", "Tree", "is_punct", "parse_tree"]

#: Penn tags of punctuation; the tokenizer's ``is_punct`` misses some of them
#: (quotes, brackets, the hyphen of "pro-government").
PUNCT_TAGS = frozenset({",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH"})


class Tree:
    """The parse of a Doc as flat per-token lists.

    Kept per Doc (see :func:`parse_tree`) as a few flat lists, not one object
    per token: objects that outlive a table call make the garbage collector
    rescan every live Doc. Holds the Doc only weakly.

    Attributes
    ----------
    text, lemma, tag, dep, pos, idx, whitespace, is_punct : list
        Per token, as :func:`framing.docview.token_strings` reads them.
    head : list of int
        Head of each token; a root is its own head.
    sent_id : list of int
        Sentence number of each token, -1 outside a sentence.
    """

    def __init__(self, doc):
        tokens = token_strings(doc)
        self.text, self.lemma, self.tag = tokens.text, tokens.lemma, tokens.tag
        self.dep, self.pos, self.idx = tokens.dep, tokens.pos, tokens.idx
        self.whitespace, self.is_punct = tokens.whitespace, tokens.is_punct
        n = len(doc)
        # children of i = order[starts[i]:starts[i + 1]], in document order as spaCy yields them
        doc_arcs = arcs(doc)
        self.head, self.order, self.starts = doc_arcs.heads, doc_arcs.children, doc_arcs.starts
        self.sent_id = [-1] * n
        for sent_id, (start, end) in enumerate(sent_bounds(doc)):
            self.sent_id[start:end] = [sent_id] * (end - start)
        self.doc = weakref.ref(doc)  # for the attributes read rarely (edges, sentence, entity)

    def __len__(self) -> int:
        return len(self.text)

    def node(self, i: int) -> Node:
        """The token view of token ``i``."""
        return Node(self, i)

    def children(self, i: int) -> list[int]:
        """Indices of the children of token ``i``, in document order (``Token.children``)."""
        return self.order[self.starts[i] : self.starts[i + 1]]

    def lefts(self, i: int) -> list[int]:
        """Indices of the children before token ``i`` (``Token.lefts``)."""
        return [c for c in self.children(i) if c < i]

    def rights(self, i: int) -> list[int]:
        """Indices of the children after token ``i`` (``Token.rights``)."""
        return [c for c in self.children(i) if c > i]

    def subtree(self, i: int) -> list[int]:
        """Indices of the subtree of token ``i`` (spaCy's ``Token.subtree``, unordered)."""
        found, stack = [], [i]
        while stack:
            j = stack.pop()
            found.append(j)
            stack.extend(self.children(j))
        return found

    def left_edge(self, i: int) -> int:
        """spaCy's ``Token.left_edge.i`` (its own rule on non-projective parses)."""
        return self.doc()[i].left_edge.i

    def right_edge(self, i: int) -> int:
        """spaCy's ``Token.right_edge.i``."""
        return self.doc()[i].right_edge.i

    def is_descendant(self, i: int, ancestor: int) -> bool:
        """Token ``i`` is ``ancestor`` or below it (spaCy's ``Token.ancestors``)."""
        for _ in range(len(self.head) + 1):
            if i == ancestor:
                return True
            if self.head[i] == i:
                return False
            i = self.head[i]
        return False

    def with_dep(self, i: int, *deps: str) -> list[int]:
        """Indices of the children of token ``i`` whose label is one of ``deps``."""
        dep = self.dep
        return [c for c in self.children(i) if dep[c] in deps]


class Node:
    """One token of a :class:`Tree`, with the ``Token`` attributes the rules read."""

    __slots__ = ("tree", "i", "text", "lemma_", "tag_", "dep_", "pos_", "idx")

    def __init__(self, tree: Tree, i: int):
        self.tree, self.i = tree, i
        self.text, self.lemma_, self.tag_ = tree.text[i], tree.lemma[i], tree.tag[i]
        self.dep_, self.pos_, self.idx = tree.dep[i], tree.pos[i], tree.idx[i]

    def __repr__(self) -> str:
        return f"Node({self.i}, {self.text!r}, {self.dep_})"

    @property
    def head(self) -> Node:
        return self.tree.node(self.tree.head[self.i])

    @property
    def children(self) -> list[Node]:
        return [*map(self.tree.node, self.tree.children(self.i))]

    @property
    def conjuncts(self) -> tuple[Node, ...]:
        """spaCy's ``Token.conjuncts``: the conj chain from its first member, in its order."""
        tree = self.tree
        start = self.i
        while tree.head[start] != start and tree.dep[start] == "conj":
            start = tree.head[start]
        queue, output = [start], [start]
        for word in queue:
            for child in tree.children(word):
                if child > word and tree.dep[child] == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple(tree.node(i) for i in output if i != self.i)

    @property
    def token(self):
        """The spaCy ``Token``, for attributes read rarely (sentence, entity)."""
        return self.tree.doc()[self.i]

    @property
    def ent_type_(self) -> str:
        return self.token.ent_type_

    def with_dep(self, *deps: str) -> list[Node]:
        """The children whose label is one of ``deps``, in document order."""
        return [*map(self.tree.node, self.tree.with_dep(self.i, *deps))]


#: Doc -> its :class:`Tree`, built once per Doc and held weakly.
parse_tree = once_per_doc(Tree)


def is_punct(tree: Tree, i: int) -> bool:
    """Token ``i`` is punctuation by the tokenizer or by its tag (:data:`PUNCT_TAGS`)."""
    return tree.is_punct[i] or tree.tag[i] in PUNCT_TAGS
