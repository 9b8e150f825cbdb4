-- An import validates every reference to an organization against the whole import, then writes by
-- batches of services in one transaction: a location, service, program or organization may be
-- written with one batch while the organization it names comes with a later one (Miami: a location
-- names another organization than its service's). The import defers these checks to its commit
-- (BulkInsert.deferOrganizationReferences); everywhere else they stay immediate.
ALTER TABLE directory.location
  ALTER CONSTRAINT location_organization_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE directory.service
  ALTER CONSTRAINT service_organization_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE directory.program
  ALTER CONSTRAINT program_organization_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE directory.organization
  ALTER CONSTRAINT organization_parent_organization_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
