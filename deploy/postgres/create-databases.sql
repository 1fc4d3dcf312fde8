-- One database per service (ARCHITECTURE.md: no service reads another's tables). Each service's Flyway creates its
-- schema at start-up. Run once by PostgreSQL's image when its data directory is new.
CREATE DATABASE intake;
CREATE DATABASE routing;
CREATE DATABASE processing;
CREATE DATABASE notification;
CREATE DATABASE reporting;
CREATE DATABASE exchange;
