import logging

from flask import Blueprint, abort, flash, redirect, request, session
from flask_restful import Resource, reqparse
from werkzeug.utils import secure_filename

from SpiderKeeper.app import agent, api, db
from SpiderKeeper.app.spider.deploy import EggDeployer
from SpiderKeeper.app.spider.model import JobExecution, Project, SpiderServer, list_job_executions

api_spider_bp = Blueprint("spider", __name__)
logger = logging.getLogger(__name__)


class ProjectCtrl(Resource):
    def get(self):
        return [project.to_dict() for project in Project.query.all()]

    def post(self):
        project_name = request.form["project_name"]
        project = Project(project_name=project_name)
        db.session.add(project)
        db.session.commit()
        return project.to_dict()


class ServerCtrl(Resource):
    def post(self):
        parser = reqparse.RequestParser()
        parser.add_argument("server_url", type=str, required=True)
        args = parser.parse_args()
        server = SpiderServer(url=args["server_url"])
        db.session.add(server)
        db.session.commit()
        agent.refresh_servers()
        return server.to_dict()


class JobExecutionCtrl(Resource):
    def get(self, project_id):
        order_by = request.args.get("order_by") or "create_time"
        status = request.args.get("status", type=int)
        return list_job_executions(project_id, order_by=order_by, status=status)


api.add_resource(ProjectCtrl, "/api/projects")
api.add_resource(ServerCtrl, "/api/servers")
api.add_resource(JobExecutionCtrl, "/api/projects/<int:project_id>/jobexecs")


@api_spider_bp.route("/project/<int:project_id>/spider/upload", methods=["POST"])
def spider_egg_upload(project_id):
    project = Project.query.get_or_404(project_id)
    if "file" not in request.files:
        flash("No file part")
        return redirect(request.referrer)
    file = request.files["file"]
    if file.filename == "" or not file.filename.endswith(".egg"):
        flash("Only .egg files")
        return redirect(request.referrer)
    deployer = EggDeployer(project.project_name)
    egg_path = deployer.save_upload(file, file.filename)
    deployer.deploy(egg_path, version=request.form.get("version"))
    return redirect("/project/%s/spider/dashboard" % project_id)


@api_spider_bp.route("/project/<int:project_id>/spider/upload-safe", methods=["POST"])
def spider_egg_upload_safe(project_id):
    project = Project.query.get_or_404(project_id)
    file = request.files["file"]
    deployer = EggDeployer(project.project_name)
    egg_path = deployer.save_upload(file, secure_filename(file.filename))
    deployer.deploy_argv(egg_path)
    return redirect("/project/%s/spider/dashboard" % project_id)


@api_spider_bp.route("/project/<int:project_id>/jobexecs/<int:job_exec_id>/log")
def job_log(project_id, job_exec_id):
    job_execution = JobExecution.query.filter_by(project_id=project_id, id=job_exec_id).first_or_404()
    return agent.log(job_execution), 200, {"Content-Type": "text/plain; charset=utf-8"}
