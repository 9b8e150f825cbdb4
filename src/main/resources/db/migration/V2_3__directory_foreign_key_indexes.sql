-- Indexes on the foreign keys that V2_1 left without one: compiled services are read by service id
-- (service_at_location, contact, funding, language), deletes cascade through them, and a bulk
-- re-import of existing services otherwise scans these tables once per service.
CREATE INDEX IF NOT EXISTS sal_service ON directory.service_at_location (service_id);
CREATE INDEX IF NOT EXISTS contact_service ON directory.contact (service_id);
CREATE INDEX IF NOT EXISTS contact_organization ON directory.contact (organization_id);
CREATE INDEX IF NOT EXISTS contact_location ON directory.contact (location_id);
CREATE INDEX IF NOT EXISTS contact_sal ON directory.contact (service_at_location_id);
CREATE INDEX IF NOT EXISTS phone_contact ON directory.phone (contact_id);
CREATE INDEX IF NOT EXISTS phone_sal ON directory.phone (service_at_location_id);
CREATE INDEX IF NOT EXISTS service_area_sal ON directory.service_area (service_at_location_id);
CREATE INDEX IF NOT EXISTS language_location ON directory.language (location_id);
CREATE INDEX IF NOT EXISTS language_phone ON directory.language (phone_id);
CREATE INDEX IF NOT EXISTS funding_service ON directory.funding (service_id);
CREATE INDEX IF NOT EXISTS funding_organization ON directory.funding (organization_id);
CREATE INDEX IF NOT EXISTS service_program ON directory.service (program_id);
CREATE INDEX IF NOT EXISTS organization_parent ON directory.organization (parent_organization_id);
CREATE INDEX IF NOT EXISTS taxonomy_term_taxonomy ON directory.taxonomy_term (taxonomy_id);
