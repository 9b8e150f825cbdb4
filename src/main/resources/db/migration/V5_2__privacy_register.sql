-- Law 25 register kept by the person in charge of personal information: requests of access,
-- correction and erasure (answer due within 30 days of receipt) and confidentiality incidents.
CREATE TABLE accounts.privacy_request (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('access', 'correction', 'erasure')),
  requester text NOT NULL,
  received_on date NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'refused')),
  notes text,
  closed_on date,
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX privacy_request_open ON accounts.privacy_request (due_on) WHERE status = 'open';

CREATE TABLE accounts.privacy_incident (
  id uuid PRIMARY KEY,
  occurred_on date,
  discovered_on date NOT NULL,
  description text NOT NULL,
  personal_information text,
  serious_risk boolean NOT NULL DEFAULT false,
  measures text,
  reported_to_cai_on date,
  persons_notified_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  recorded_by uuid,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
