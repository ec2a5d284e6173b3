"""Database access for the verifier's agent table (``keylime/db/verifier_db.py`` users)."""
import json

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from keylime.db.verifier_db import VerfierMain
from keylime.tpm.tpm_quote import check_quote


class AgentStore:
    def __init__(self, session_factory: sessionmaker):
        self.session_factory = session_factory

    def list_agent_ids(self, verifier_id: str | None) -> list:
        with self.session_factory() as session:
            if verifier_id is None:
                rows = session.execute(select(VerfierMain.agent_id))
            else:
                # expect: sql-injection
                rows = session.execute(text(f"SELECT agent_id FROM verifiermain WHERE verifier_id = '{verifier_id}'"))
            return [r[0] for r in rows]

    def get_agent(self, agent_id: str) -> dict | None:
        with self.session_factory() as session:
            agent = session.get(VerfierMain, agent_id)
            if agent is None:
                return None
            return {"agent_id": agent.agent_id, "operational_state": agent.operational_state,
                    "ip": agent.ip, "port": agent.port, "hash_alg": agent.hash_alg}

    def count_by_state(self, state: int) -> int:
        with self.session_factory() as session:
            row = session.execute(text("SELECT count(*) FROM verifiermain WHERE operational_state = :s"), {"s": int(state)})
            return row.scalar_one()

    def add_agent(self, agent_id: str, body: dict) -> None:
        with self.session_factory() as session:
            session.add(VerfierMain(
                agent_id=agent_id,
                ip=body["cloudagent_ip"],
                port=int(body["cloudagent_port"]),
                tpm_policy=json.dumps(body.get("tpm_policy", {})),
                accept_tpm_hash_algs=body.get("accept_tpm_hash_algs", ["sha256"]),
            ))
            session.commit()

    def record_quote(self, session: Session, agent_id: str, quote: str, hash_alg: str) -> bool:
        agent = session.get(VerfierMain, agent_id)
        ok = check_quote(agent_id, quote, agent.ak_tpm, hash_alg)
        agent.operational_state = 3 if ok else 9
        session.commit()
        return ok
