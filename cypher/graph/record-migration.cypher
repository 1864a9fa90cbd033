CREATE (:Migration {version: $version, description: $description, checksum: $checksum, appliedAt: datetime()})
