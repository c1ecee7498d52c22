"""A real OTLP/HTTP client: Python `logging` through the OpenTelemetry SDK's log exporter, to
Hover's /v1/logs, with the org in Loki's tenant header. Sends the same scenario as
scenario.mjs (timestamps set on each record) and prints {"sent": N}.
Usage: python otel_logging_send.py HOVER_URL ORG"""
import json
import logging
import sys
import time

from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource

url, org = sys.argv[1], sys.argv[2]
provider = LoggerProvider(resource=Resource.create({"service.name": "checkout"}))
exporter = OTLPLogExporter(endpoint=f"{url}/v1/logs", headers={"X-Scope-OrgID": org})
provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
logger = logging.getLogger("shop")
logger.propagate = False
logger.setLevel(logging.INFO)
logger.addHandler(LoggingHandler(level=logging.INFO, logger_provider=provider))

now = time.time()
sent = 0
for i in range(200):
    record = logger.makeRecord("shop", logging.INFO, __file__, 0, "order %d paid in %d ms", (1000 + i, 20 + i % 9), None)
    record.created = now - 80 * 60 + i * 18
    logger.handle(record)
    sent += 1
for i in range(100):
    record = logger.makeRecord(
        "shop", logging.ERROR, __file__, 0, "payment provider refused card batch %d with code %d", (i, 500 + i % 4), None
    )
    record.created = now - 10 * 60 + i * 5
    logger.handle(record)
    sent += 1
provider.shutdown()
print(json.dumps({"sent": sent}))
