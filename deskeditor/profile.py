"""Checking the site profile (the department's own details) before it is stored."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from deskeditor.errors import DeskEditorError
from deskeditor.links import LinkError, check_host_name, normalise_url
from deskeditor.model import SiteProfile
from deskeditor.text import nfc

# Characters an ordinary mailbox name never has; quoted local parts are not worth supporting.
_FORBIDDEN_IN_LOCAL = frozenset('<>()[]\\,;:"')


class ProfileError(DeskEditorError):
    """A field of the site profile is not acceptable; *field* names it."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def check_email(text: str) -> str:
    """Return *text* as a checked e-mail address (empty stays empty; "mailto:" dropped)."""
    email = nfc(text).strip()
    if email[:7].lower() == "mailto:":
        email = email[7:]
    if not email:
        return ""
    local, _, domain = email.rpartition("@")
    reason = ""
    if any(ch.isspace() for ch in email):
        reason = "it contains spaces"
    elif email.count("@") != 1:
        reason = "it must have exactly one @"
    elif not local or not domain:
        reason = "there must be a name before the @ and a domain after it"
    elif any(ch in _FORBIDDEN_IN_LOCAL for ch in local) or ".." in local:
        reason = "the part before the @ has characters that are not allowed"
    elif local.startswith(".") or local.endswith("."):
        reason = "the part before the @ cannot start or end with a dot"
    elif "." not in domain or domain.endswith("."):
        reason = "the domain after the @ must look like example.vn"
    else:
        try:
            check_host_name(domain)
        except LinkError as exc:
            reason = str(exc)
    if reason:
        raise ProfileError("email", f'"{email}" is not an e-mail address ({reason})')
    return email


def validate_profile(profile: SiteProfile) -> SiteProfile:
    """Return a copy of *profile* with every text NFC and stripped, email and website checked.

    A website typed without a scheme gets "https://"; empty email and
    website are allowed (the exports leave them out).
    """
    cleaned: dict[str, Any] = {
        f.name: nfc(value).strip()
        for f in fields(profile)
        if isinstance(value := getattr(profile, f.name), str)
    }
    cleaned["email"] = check_email(cleaned["email"])
    if cleaned["website"]:
        try:
            cleaned["website"] = normalise_url(cleaned["website"])[0]
        except LinkError as exc:
            raise ProfileError("website", str(exc)) from None
    return replace(profile, **cleaned)
