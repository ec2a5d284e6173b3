import { NextFunction } from "express";
import passport from "passport";
import { IWorkLenzRequest } from "../interfaces/worklenz-request";
import { IWorkLenzResponse } from "../interfaces/worklenz-response";
import { AuthResponse } from "../models/auth-response";
import { log } from "../shared/utils";
import WorklenzControllerBase from "./worklenz-controller-base";

const CLIENT = process.env.FRONTEND_URL || "http://localhost:5000";

export default class AuthController extends WorklenzControllerBase {
  public static login(req: IWorkLenzRequest, res: IWorkLenzResponse, next: NextFunction) {
    if (req.query.returnTo) req.session.returnTo = String(req.query.returnTo);
    passport.authenticate("local-login", (err: unknown, user: any, info: { message?: string }) => {
      if (err || !user) {
        // expect: log-injection
        log(`Login failed for ${req.body.email} - ${info?.message}`);
        return res.status(200).send(new AuthResponse(null, false, {}, info?.message || "Invalid credentials", null));
      }
      req.logIn(user, (e) => {
        if (e) return next(e);
        return res.status(200).send(new AuthResponse("Login successful", true, user, null, null));
      });
    })(req, res, next);
  }

  public static googleCallback(req: IWorkLenzRequest, res: IWorkLenzResponse) {
    const returnTo = req.session.returnTo || "/worklenz/home";
    delete req.session.returnTo;
    if (returnTo.startsWith("/") && !returnTo.startsWith("//")) {
      return res.redirect(`${CLIENT}${returnTo}`);
    }
    return res.redirect(`${CLIENT}/worklenz/home`);
  }

  public static afterVerify(req: IWorkLenzRequest, res: IWorkLenzResponse) {
    const returnTo = req.session.returnTo || `${CLIENT}/worklenz/home`;
    delete req.session.returnTo;
    // expect: open-redirect
    return res.redirect(returnTo);
  }
}
