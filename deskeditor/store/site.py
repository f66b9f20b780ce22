"""The department's side of the store: the link list and the site profile."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from deskeditor.model import Link, LinkGroup, SiteProfile
from deskeditor.store.repository import Repository
from deskeditor.text import nfc


class Site(Repository):
    """Link groups with their links, and the department's details."""

    def link_groups(self) -> list[LinkGroup]:
        """Return every link group with its links, in order (hidden ones included)."""
        groups = {
            row[0]: LinkGroup(row[1], [], bool(row[2]), row[0])
            for row in self.query("SELECT id, name, visible FROM link_groups ORDER BY position, id")
        }
        for row in self.query(
            "SELECT id, group_id, name, url, visible FROM links ORDER BY group_id, position, id"
        ):
            groups[row[1]].links.append(Link(row[2], row[3], bool(row[4]), row[0]))
        return list(groups.values())

    def replace_link_groups(self, groups: list[LinkGroup]) -> None:
        """Store *groups* as the whole link list, in the given order."""
        with self.transaction():
            self.db.execute("DELETE FROM links")
            self.db.execute("DELETE FROM link_groups")
            for position, group in enumerate(groups):
                cursor = self.db.execute(
                    "INSERT INTO link_groups (name, position, visible) VALUES (?, ?, ?)",
                    [nfc(group.name), position, int(group.visible)],
                )
                group.id = int(cursor.lastrowid or 0)
                for link_position, link in enumerate(group.links):
                    cursor = self.db.execute(
                        "INSERT INTO links (group_id, name, url, position, visible)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [group.id, nfc(link.name), link.url, link_position, int(link.visible)],
                    )
                    link.id = int(cursor.lastrowid or 0)

    def profile(self) -> SiteProfile:
        """Return the department's details kept in the store."""
        data = json.loads(self.one("SELECT data FROM site_profile WHERE id = 1") or "{}")
        known = {f.name for f in fields(SiteProfile)}
        return SiteProfile(**{k: v for k, v in data.items() if k in known})

    def save_profile(self, profile: SiteProfile) -> None:
        """Store the department's details."""
        data = {k: nfc(v) if isinstance(v, str) else v for k, v in asdict(profile).items()}
        with self.transaction():
            self.db.execute(
                "UPDATE site_profile SET data = ? WHERE id = 1",
                [json.dumps(data, ensure_ascii=False)],
            )
