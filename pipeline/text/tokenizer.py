"""The tokenizer of Polish reports: spaCy's blank Polish tokenizer, extended with the abbreviations that end
in a dot (they must neither end a sentence nor split a number or date) and a token rule that keeps numbers and
numeric dates whole; whitespace-delimited chunks are cached across documents. `token_columns` reads a Doc's
token texts and spacing in bulk, once per Doc, for the segmenter, the morphology and the token features.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

import spacy
from spacy.attrs import IS_SPACE, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

#: Abbreviations that end in a dot and are never a sentence end by themselves.
ABBREVIATIONS_DOT = (
    "os.", "ok.", "ul.", "woj.", "pow.", "gm.", "tj.", "m.in.", "np.", "godz.", "tel.", "nr.",
    "św.", "im.", "dr.", "hab.", "prof.", "mgr.", "inż.", "ww.", "tzw.", "al.", "pl.", "ks.",
    "doc.", "lek.", "red.", "wg.", "ds.", "dot.", "ew.", "itd.", "itp.", "jw.", "pt.", "ur.",
    "zam.", "ob.", "mln.", "mld.", "tys.", "zł.", "gr.", "min.", "sek.", "pkt.", "poz.", "art.",
    "ust.", "str.", "s.", "r.", "br.", "zob.", "por.", "sp.", "z.o.o.", "o.o.", "z o.o.",
    "sp. z o.o.", "Sp. z o.o.", "p.o.", "b.", "n.", "k.", "pn.", "płd.", "wsch.", "zach.",
    "sty.", "lut.", "mar.", "kwi.", "kwiec.", "maj.", "cze.", "czerw.", "lip.", "sie.", "sierp.",
    "wrz.", "wrzes.", "paź.", "paźdz.", "lis.", "list.", "gru.", "grud.", "nt.", "ds.", "dyr.",
    "kier.", "przew.", "wicepr.", "mec.", "adw.", "ppłk.", "płk.", "gen.", "kpt.", "st.", "bł.",
    "j.", "jęz.", "tow.", "stow.", "fund.", "spółdz.", "proc.", "fot.", "oprac.", "tzn.", "wyd.", "zał.",
    "rys.", "tab.", "ang.", "łac.", "niem.", "pw.", "kl.", "wsp.", "mies.", "tyg.", "sołt.", "kom.",
    "nadkom.", "podkom.", "asp.", "sierż.", "mł.", "ppor.", "kpr.", "proj.",
)
MONTH_ABBREVIATIONS_DOT = frozenset({
    "sty.", "lut.", "mar.", "kwi.", "kwiec.", "maj.", "cze.", "czerw.", "lip.", "sie.", "sierp.", "wrz.", "wrzes.",
    "paź.", "paźdz.", "lis.", "list.", "gru.", "grud."})
#: Written without a dot but often followed by one in scraped text ("nr 5", "dr Jan").
ABBREVIATIONS_BARE = ("nr", "dr", "mgr", "inż", "prof", "hab", "ks", "ul", "os", "tel")
#: Abbreviations that may also close a sentence when the next word starts a new one.
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    {"r.", "br.", "itd.", "itp.", "tys.", "zł.", "gr.", "mln.", "mld.", "os.", "jw.", "min.", "godz.", "pkt.",
     "proc.", "sek.", "str.", "s."}
)
#: Abbreviations after which a capitalised word is a name, not a new sentence.
_NEVER_FINAL = frozenset(a for a in ABBREVIATIONS_DOT if a not in SENTENCE_FINAL_ABBREVIATIONS)

# A number or numeric date stays one token: 25.02.2014, 25-26.02.2014, 3.XI.2017, 1 000 is two.
_NUMBER_TOKEN = re.compile(
    r"^(?:\d{1,4}(?:[.,:/_-](?:\d{1,4}|[IVX]{1,4}))+|\d+(?:[.,]\d+)?)$"
)


def _capitalised_variants(abbr: str) -> set[str]:
    return {abbr, abbr[:1].upper() + abbr[1:], abbr.upper()}


def _special_cases() -> dict[str, list[dict[int, str]]]:
    """Our abbreviation exceptions: each dotted abbreviation stays one token."""
    rules: dict[str, list[dict[int, str]]] = {}
    for abbr in ABBREVIATIONS_DOT:
        if " " in abbr:
            continue
        # month abbreviations stay lower-case only: "Lis." or "Mar." ending a sentence is a surname
        forms = {abbr} if abbr in MONTH_ABBREVIATIONS_DOT else _capitalised_variants(abbr)
        for form in forms:
            rules[form] = [{ORTH: form}]
    return rules


def _suffixes(nlp: Language) -> list[str]:
    # "2018r." (glued year) splits into "2018" + "r."
    return [r"(?<=[0-9])r\.", r"(?<=[0-9])r(?=$)", *nlp.Defaults.suffixes]


def make_tokenizer(nlp: Language) -> None:
    """Add abbreviation exceptions and the number rule to `nlp`'s tokenizer in place."""
    tokenizer = nlp.tokenizer
    # the regexes first: every assignment to them re-validates all special cases added so far
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(_suffixes(nlp)).search
    tokenizer.token_match = _NUMBER_TOKEN.match
    for form, substrings in _special_cases().items():
        tokenizer.add_special_case(form, substrings)


_RUNS = re.compile(r"\s+|\S+")  # `\s` is `str.isspace`, as in spaCy's own split


class ChunkCachedTokenizer(Tokenizer):
    """spaCy's `Tokenizer` with a cache of whitespace-delimited chunks that survives special cases.

    spaCy caches the tokens of each chunk between whitespace, but stops caching for the rest of a
    text once any chunk has hit a special case (its `has_special` flag is per text, see spaCy
    #1250): with our abbreviations ("r.", "ul.", "m.in.") that is most of every report, so the
    same words are split by the affix regexes again and again. Here each chunk is tokenized once
    (by spaCy, alone) and its tokens kept; a text is then assembled from the chunks' tokens with
    spaCy's own whitespace rule (one plain space after a chunk becomes the last token's trailing
    space, any other run of whitespace is a chunk of its own). The result is the same Doc: a
    chunk's tokens depend only on the chunk, except through the one step that looks across chunks,
    spaCy's phrase matcher of the special cases, whose match across a boundary can shadow a match
    inside a chunk. So a text where the tokens on either side of a chunk boundary (as spaCy sees
    them before that matcher) are two consecutive tokens of some special case goes through spaCy whole.
    """

    def _flush_cache(self) -> None:
        super()._flush_cache()
        self._chunk_tokens: dict[str, tuple] = {}
        self._special_pairs: tuple[dict[tuple[str, str], list[tuple[str, str]]], Tokenizer] | None = None
        self._pair_sides: tuple[frozenset[str], frozenset[str]] | None = None

    def _pairs(self) -> tuple[dict[tuple[str, str], list[tuple[str, str]]], Tokenizer]:
        """(consecutive token pairs of the special cases as spaCy's phrase matcher sees them -> the case's
        text before and after each such pair's boundary, the tokenizer without special cases that splits
        them so)."""
        if self._special_pairs is None:
            plain = Tokenizer(self.vocab, rules={}, prefix_search=self.prefix_search, suffix_search=self.suffix_search,
                              infix_finditer=self.infix_finditer, token_match=self.token_match,
                              url_match=self.url_match)
            pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
            for string in self.rules:
                toks = list(plain(string))
                for a, b in zip(toks[:-1], toks[1:], strict=True):
                    pairs.setdefault((a.text, b.text), []).append((string[:b.idx], string[b.idx:]))
            self._special_pairs = (pairs, plain)
        return self._special_pairs

    def _sides(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the first tokens, the second tokens) of the special cases' pairs: one set lookup per chunk
        instead of a scan of all pairs."""
        if self._pair_sides is None:
            pairs = self._pairs()[0]
            self._pair_sides = (frozenset(a for a, _b in pairs), frozenset(b for _a, b in pairs))
        return self._pair_sides

    def _crosses(self, string: str, before: tuple[str, ...], first: tuple[str, ...], end: int, start: int) -> bool:
        """Whether a special case might match across the boundary between the chunk ending at `end` and the one
        starting at `start`: a token pair of it fits the tokens there, and the text around (whitespace
        left out, as the matcher sees tokens) spells the case."""
        pairs = self._pairs()[0]
        for x in before:
            for y in first:
                for left, right in pairs.get((x, y), ()):
                    if _spelled_before(string, end, left) and _spelled_after(string, start, right):
                        return True
        return False

    def _one_token(self, word: str) -> bool:
        """spaCy keeps `word` (letters only) as one token: no special case (so none of the special-case
        matcher's patterns, which are the cases' own tokens, is this one token), no token or URL match, no
        prefix, suffix or infix. Checked with the tokenizer's own regexes; building a Doc costs ten times more."""
        return (word not in self.rules and not (self.token_match and self.token_match(word))
                and not (self.url_match and self.url_match(word))
                and not (self.prefix_search and self.prefix_search(word))
                and not (self.suffix_search and self.suffix_search(word))
                and not (self.infix_finditer and next(iter(self.infix_finditer(word)), None)))

    def _chunk(self, chunk: str) -> tuple:
        """(token texts, NORM ids when a special case set one else None, what the first token may have been
        before the matcher, what the last may have been, a False per token: their trailing spaces, the tokens'
        is-space flags) of one chunk, cached; the third and fourth are empty when no special case has such a token in that place of a pair."""
        cache = self._chunk_tokens
        found = cache.get(chunk)
        if found is None and chunk.isalpha() and self._one_token(chunk):
            lefts, rights = self._sides()
            found = ((chunk,), None, (chunk,) if chunk in rights else (), (chunk,) if chunk in lefts else (),
                     (False,), (False,))
        elif found is None:
            doc = Tokenizer.__call__(self, chunk)
            tokens = list(doc)  # one Token object per token, and one array call for both columns
            words = tuple(t.text for t in tokens)
            columns = doc.to_array([NORM, IS_SPACE]).tolist()
            norms = [norm for norm, _ in columns]
            lex_norms = [t.lex.norm for t in tokens]
            pairs, plain = self._pairs()
            first, last = {words[0]}, {words[-1]}
            if words[0] in self.rules:  # perhaps merged by the matcher: its first part
                first.add(plain(words[0])[0].text)
            if words[-1] in self.rules:
                last.add(plain(words[-1])[-1].text)
            # whether the chunk may end a pair's first token / begin with a pair's second token at all
            lefts, rights = self._sides()
            ends_left = not lefts.isdisjoint(last)
            starts_right = not rights.isdisjoint(first)
            found = (words, tuple(norms) if norms != lex_norms else None, tuple(first) if starts_right else (),
                     tuple(last) if ends_left else (), (False,) * len(words),
                     tuple(bool(space) for _, space in columns))
        else:
            return found
        if len(cache) >= 200_000:
            cache.clear()
        cache[chunk] = found
        return found

    def __call__(self, string: str) -> Doc:
        if not string or not hasattr(self, "_chunk_tokens"):
            return Tokenizer.__call__(self, string)
        words: list[str] = []
        spaces: list[bool] = []
        is_space: list[bool] = []
        norms: list[tuple[int, tuple[int, ...]]] | None = None
        before: tuple[str, ...] = ()  # the previous chunk's possible last tokens
        end = 0  # where the current run ends
        prev_end = 0  # where the previous chunk ends
        cached = self._chunk_tokens.get
        for chunk in _RUNS.findall(string):  # runs alternate; their lengths give the offsets
            start = end
            end += len(chunk)
            if chunk[0] == " " and start:  # whitespace after a word
                spaces[-1] = True  # one plain space after a word is its trailing space
                if len(chunk) == 1:
                    continue
                chunk = chunk[1:]
                start += 1
            chunk_words, chunk_norms, first, last, unspaced, chunk_is_space = cached(chunk) or self._chunk(chunk)
            if before and first and self._crosses(string, before, first, prev_end, start):
                return Tokenizer.__call__(self, string)  # a special case might match across the boundary
            before = last
            prev_end = end
            if chunk_norms is not None:
                norms = norms or []
                norms.append((len(words), chunk_norms))
            words += chunk_words
            spaces += unspaced
            is_space += chunk_is_space
        doc = Doc(self.vocab, words=words, spaces=spaces)
        # the columns `token_columns` reads: known here, so the segmenter does not read them back from the Doc
        _LAST_COLUMNS[0] = (weakref.ref(doc), len(words), (words, is_space, [not x for x in spaces]))
        if norms is not None:
            column = doc.to_array([NORM])
            for start, values in norms:
                column[start:start + len(values)] = values
            doc.from_array([NORM], column)
        return doc


def _spelled_before(string: str, end: int, text: str) -> bool:
    """The non-whitespace characters before `end` end with `text`."""
    i, k = end, len(text)
    while k:
        i -= 1
        if i < 0:
            return False
        ch = string[i]
        if ch.isspace():
            continue
        k -= 1
        if ch != text[k]:
            return False
    return True


def _spelled_after(string: str, start: int, text: str) -> bool:
    """The non-whitespace characters from `start` on begin with `text`."""
    i, k, n = start, 0, len(string)
    while k < len(text):
        if i >= n:
            return False
        ch = string[i]
        i += 1
        if ch.isspace():
            continue
        if ch != text[k]:
            return False
        k += 1
    return True


def build_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's Polish tokenizer with our rules, built in one go: the same result as the blank
    tokenizer plus `make_tokenizer`, without compiling the default suffixes or loading the
    special cases once per setting (the bulk of the start-up time of `make_nlp`)."""
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    rules.update(_special_cases())
    return ChunkCachedTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=spacy.util.compile_prefix_regex(defaults.prefixes).search,
        suffix_search=spacy.util.compile_suffix_regex(_suffixes(nlp)).search,
        infix_finditer=spacy.util.compile_infix_regex(defaults.infixes).finditer,
        token_match=_NUMBER_TOKEN.match,
        url_match=defaults.url_match,
    )


@spacy.registry.tokenizers("pl_events.Tokenizer.v1")
def create_pl_tokenizer() -> Callable[[Language], Tokenizer]:
    """The tokenizer of `make_nlp` as a registered function (`[nlp.tokenizer]` in a config)."""
    return build_tokenizer


def token_columns(doc: Doc) -> tuple[list[str], list[bool], list[bool]]:
    """Texts, is-space flags and no-whitespace-after flags of all tokens, read in bulk
    (creating a Token object per token and attribute is what costs time here).

    The segmenter, the morphology and the token features all ask for the same Doc's columns in turn: the
    last Doc's are kept (the lists are shared, read-only by convention)."""
    last = _LAST_COLUMNS[0]
    if last is not None and last[0]() is doc and last[1] == len(doc):
        return last[2]
    strings = doc.vocab.strings
    orth, is_space, spacy_ws = doc.to_array([ORTH, IS_SPACE, SPACY]).T.tolist()
    columns = [strings[h] for h in orth], [bool(x) for x in is_space], [not x for x in spacy_ws]
    _LAST_COLUMNS[0] = (weakref.ref(doc), len(doc), columns)
    return columns


#: (a weak reference to the last Doc `token_columns` read, its length, its columns).
_LAST_COLUMNS: list[tuple[weakref.ref, int, tuple[list[str], list[bool], list[bool]]] | None] = [None]
