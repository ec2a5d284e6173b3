package web

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/labstack/echo/v4"
)

type FilesHandler struct {
	Root     string
	Upstream *http.Client
	Legacy   *http.Client
}

func NewFilesHandler(root string, caPEM []byte) *FilesHandler {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	return &FilesHandler{
		Root: root,
		Upstream: &http.Client{
			Timeout:   15 * time.Second,
			Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}},
		},
		Legacy: &http.Client{
			Timeout: 30 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{
					// expect: tls-verify-off
					InsecureSkipVerify: true,
				},
			},
		},
	}
}

func (h *FilesHandler) Routes(e *echo.Echo) {
	e.GET("/files/:name/thumbnail", h.thumbnail)
	e.POST("/files/:name/convert", h.convert)
	e.DELETE("/files/:name", h.remove)
	e.GET("/mirror/:name", h.mirror)
}

func (h *FilesHandler) thumbnail(c echo.Context) error {
	name := filepath.Base(c.Param("name"))
	out := filepath.Join(os.TempDir(), name+".png")
	cmd := exec.Command("convert", filepath.Join(h.Root, name), "-thumbnail", "256x256", out)
	if err := cmd.Run(); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	return c.File(out)
}

func (h *FilesHandler) convert(c echo.Context) error {
	name := c.Param("name")
	target := c.QueryParam("to")
	// expect: command-injection
	cmd := exec.Command("/bin/sh", "-c", "libreoffice --headless --convert-to "+target+" "+filepath.Join(h.Root, name))
	if out, err := cmd.CombinedOutput(); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, string(out))
	}
	return c.NoContent(http.StatusAccepted)
}

func (h *FilesHandler) remove(c echo.Context) error {
	name := filepath.Base(c.Param("name"))
	// expect: unhandled-error
	os.Remove(filepath.Join(h.Root, name))
	// expect: unhandled-error
	os.Remove(filepath.Join(h.Root, name+".png"))
	return c.NoContent(http.StatusNoContent)
}

func (h *FilesHandler) mirror(c echo.Context) error {
	name := filepath.Base(c.Param("name"))
	resp, err := h.Legacy.Get("https://files-legacy.internal/" + name)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	defer resp.Body.Close()
	f, err := os.Create(filepath.Join(h.Root, name))
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := io.Copy(f, resp.Body); err != nil {
		return err
	}
	return c.NoContent(http.StatusCreated)
}
