import React from "react";
import { Redirect, useLocation, useHistory } from "react-router-dom";

export function AfterLogin() {
  const params = new URLSearchParams(useLocation().search);
  // expect: open-redirect
  return <Redirect to={params.get("returnTo")} />;
}

export function ContinueButton() {
  const history = useHistory();
  const next = new URLSearchParams(window.location.search).get("next");
  // expect: open-redirect
  return <button onClick={() => history.push(next)}>Continue</button>;
}

export function AfterLogout() {
  return <Redirect to="/login" />;
}

export function SafeAfterLogin() {
  const returnTo = new URLSearchParams(useLocation().search).get("returnTo") || "/";
  return <Redirect to={returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/"} />;
}
