"""clkhash 0.18 linkage schemas for FEBRL-style files (also used by bench/encoding).

Both follow the FEBRL tutorial of clkhash (docs/tutorial_api.ipynb, the schema after "we will
reduce the value of bits_per_feature for address related columns"; the repository's
docs/_static/febrl_schema_v3_final.json is the same but for a KDF salt and positional bigrams
for state): 1024-bit CLKs, HKDF-SHA256 key derivation (no salt, as in the tutorial's Python
API), double hashing (clkhash's default), names as bigrams with 200 bits per feature, the
date of birth as positional unigrams (one token per digit position) with 200 bits per
feature.

- names_dob(header): given_name, surname, date_of_birth; every other column ignored.
- febrl_all_fields(header): the tutorial schema unchanged: also street_number, address_1,
  address_2, suburb, postcode, state (100 bits each); soc_sec_id ignored, as in the tutorial.
"""
from clkhash.comparators import NgramComparison
from clkhash.field_formats import (BitsPerFeatureStrategy, FieldHashingProperties, Ignore,
                                   IntegerSpec, MissingValueSpec, StringSpec)
from clkhash.schema import Schema

SECRET = "malines-bench-secret"  # both parties share it; any string works for a benchmark


def _bigram(name, bits):
    return StringSpec(name, FieldHashingProperties(
        comparator=NgramComparison(2), strategy=BitsPerFeatureStrategy(bits)))


def _digits(name, bits, missing=True):
    props = dict(comparator=NgramComparison(1, True), strategy=BitsPerFeatureStrategy(bits))
    if missing:
        props["missing_value"] = MissingValueSpec(sentinel="")
    return IntegerSpec(name, FieldHashingProperties(**props))


def names_dob(header, given="given_name", family="surname", dob="date_of_birth"):
    """Schema for a CSV with this header: the given, family and dob columns hashed, the others
    ignored (clkhash wants one field spec per column, in order)."""
    specs = {given: _bigram(given, 200), family: _bigram(family, 200), dob: _digits(dob, 200)}
    return Schema([specs.get(c, Ignore(c)) for c in header], 1024)


def febrl_all_fields(header):
    specs = {
        "given_name": _bigram("given_name", 200),
        "surname": _bigram("surname", 200),
        "street_number": _digits("street_number", 100),
        "address_1": _bigram("address_1", 100),
        "address_2": _bigram("address_2", 100),
        "suburb": _bigram("suburb", 100),
        "postcode": _digits("postcode", 100, missing=False),
        "state": _bigram("state", 100),
        "date_of_birth": _digits("date_of_birth", 200),
    }
    return Schema([specs.get(c, Ignore(c)) for c in header], 1024)
