"""The nurse's search: visits by any part of any name, or a birth date, newest first.

Two tables kept by database triggers answer it (migrations 0006 and 0008), each holding the
patient's newest check-in (``last_seen``) beside the key, so matching patients come off an
index newest first and the search stops after a page:

- ``patient_name_prefixes``: every prefix of every word ("mar" for "María"), for one word;
- ``patient_name_pairs``: every two words together, each cut to ``PAIR_PREFIX`` characters
  ("jose mari" for "María José"), for two or more words. Two names common alone but rare
  together then cost their few shared patients, not one name's thousands. A typed word
  longer than the cut, or a third word, is checked per candidate on the prefix table's
  primary key.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select

from kiosk.domain.name_words import PAIR_PREFIX, pair_key, query_words
from kiosk.domain.patient import search_key
from kiosk.domain.staff import SignedIn
from kiosk.services.errors import ValidationError
from kiosk.services.records import refuse_unprintable
from kiosk.services.results.queue import QueueRow
from kiosk.services.review import queue_rows, queue_select
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, check_page, transaction
from kiosk.storage import models
from kiosk.storage.models import SEARCH_KEY_LENGTH

__all__ = ["search_visits"]


def search_visits(
    sf: SessionFactory,
    *,
    actor: SignedIn,
    text: str | None = None,
    date_of_birth: date | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[QueueRow]:
    """Visits of patients with a name word starting with each word of ``text``; newest first.

    Any part of any name, case and accents aside, words in any order: "lopez" finds "María
    García López", "maria" finds "Ana María Núñez", "gar lo" needs both words. Either
    criterion may be omitted, not both. Each row carries its check-in time, so results from
    different days tell apart.

    The ``limit + offset`` most recently seen matching patients come straight off a name
    index; their visits hold every one of the newest ``limit + offset`` matching visits.
    """
    check_page(limit, offset)
    refuse_unprintable(text or "", "text")
    words = [w[:SEARCH_KEY_LENGTH] for w in query_words(text or "")]
    if not words and date_of_birth is None:
        if search_key(text or "", ""):
            return []  # only punctuation: no name holds a word of it
        raise ValidationError("text", "empty", "Type a name or a date of birth to search.")
    query = queue_select()
    if words:
        patients = _matching_patients(words, date_of_birth, limit + offset)
        query = query.where(models.Visit.patient_id.in_(patients))
    else:
        query = query.where(models.Patient.date_of_birth == date_of_birth)
    query = query.order_by(models.Visit.checked_in_at.desc(), models.Visit.id.desc())
    with transaction(sf, read_only=True) as session:
        require_signed_in(session, actor)
        return queue_rows(session, query.limit(limit).offset(offset))


def _matching_patients(words: list[str], date_of_birth: date | None, count: int) -> Select[Any]:
    """The ``count`` most recently seen patients with a word starting with each of ``words``.

    One word reads its prefix; two or more read the pair of the two longest (the longer a
    word, the fewer names hold it), and every word the pair does not hold in full is
    checked on ``patient_name_prefixes (patient_id, prefix)``, one subquery each.
    """
    prefixes, pairs = models.PatientNamePrefix, models.PatientNamePair
    words = _distinct_starts(words)
    if len(words) == 1:
        query = select(prefixes.patient_id).where(prefixes.prefix == words[0])
        return _newest_first(query, prefixes, date_of_birth, count)
    first, second = sorted(words, key=len, reverse=True)[:2]
    query = select(pairs.patient_id).where(pairs.pair == pair_key(first, second))
    held = {w for w in (first, second) if len(w) <= PAIR_PREFIX}
    for word in words:
        if word not in held:
            query = query.where(
                select(prefixes.patient_id)
                .where(prefixes.patient_id == pairs.patient_id, prefixes.prefix == word)
                .correlate(pairs)
                .exists()
            )
    return _newest_first(query, pairs, date_of_birth, count)


def _newest_first(
    query: Select[Any],
    index: type[models.PatientNamePrefix] | type[models.PatientNamePair],
    date_of_birth: date | None,
    count: int,
) -> Select[Any]:
    """The first ``count`` patients of ``query`` in the index's order, newest seen first."""
    if date_of_birth is not None:
        query = query.join(models.Patient, models.Patient.id == index.patient_id).where(
            models.Patient.date_of_birth == date_of_birth
        )
    return query.order_by(index.last_seen.desc(), index.patient_id.desc()).limit(count)


def _distinct_starts(words: list[str]) -> list[str]:
    """The words without those another typed word starts with ("mar maria" is "maria").

    What is left needs as many different name words, so each two of them are a stored pair.
    """
    return [w for w in words if not any(o != w and o.startswith(w) for o in words)]
