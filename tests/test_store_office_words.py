"""The office's spelling list kept in the store."""

import unicodedata

import pytest

from deskeditor.errors import StoreReadOnlyError
from deskeditor.store import Store
from deskeditor.store.schema import known_migrations


def test_the_list_is_a_migration_of_its_own():
    assert "0006_office_words" in known_migrations()  # 0007 and later may follow


def test_added_words_persist_across_reopening(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        assert store.office_words.words() == []
        # Kept in NFC and lower case, whatever was typed or pasted.
        assert store.office_words.add(unicodedata.normalize("NFD", "Pồ")) == "pồ"
        store.office_words.add("pồ")
        store.office_words.add("Khoải")
        store.office_words.add("đắk")
        store.office_words.add("ea")
    with Store(path) as store:
        # In Vietnamese order: đ after d, not after z.
        assert store.office_words.words() == ["đắk", "ea", "khoải", "pồ"]
        store.office_words.remove("đắk")
        store.office_words.remove("ea")
        assert store.office_words.remove("KHOẢI") is True
        assert store.office_words.remove("khoải") is False
        assert store.office_words.words() == ["pồ"]


def test_a_read_only_store_refuses_a_new_word(tmp_path):
    path = tmp_path / "kho.db"
    Store(path).close()
    with Store(path, read_only=True) as store, pytest.raises(StoreReadOnlyError):
        store.office_words.add("pồ")
