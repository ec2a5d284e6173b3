package controllers

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/log"

	backupv1 "example.com/backup-operator/api/v1"
)

type BackupReconciler struct {
	client.Client
	Scheme *runtime.Scheme
}

func (r *BackupReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
	logger := log.FromContext(ctx)
	var backup backupv1.Backup
	if err := r.Get(ctx, req.NamespacedName, &backup); err != nil {
		return ctrl.Result{}, client.IgnoreNotFound(err)
	}

	if backup.Status.Phase == "" {
		backup.Status.Phase = "Pending"
		// expect: unhandled-error
		r.Status().Update(ctx, &backup)
	}

	secret := &corev1.Secret{}
	err := r.Get(ctx, client.ObjectKey{Namespace: req.Namespace, Name: backup.Spec.CredentialsSecret}, secret)
	if apierrors.IsNotFound(err) {
		logger.Info("credentials secret missing", "secret", backup.Spec.CredentialsSecret)
		return ctrl.Result{RequeueAfter: 30 * time.Second}, nil
	} else if err != nil {
		return ctrl.Result{}, err
	}

	// expect: unhandled-error
	os.Setenv("AWS_ACCESS_KEY_ID", string(secret.Data["accessKeyID"]))
	if err := os.Setenv("AWS_SECRET_ACCESS_KEY", string(secret.Data["secretAccessKey"])); err != nil {
		return ctrl.Result{}, err
	}

	target := fmt.Sprintf("s3://%s/%s/%s", backup.Spec.Bucket, req.Namespace, time.Now().UTC().Format("20060102T150405"))
	dump := exec.CommandContext(ctx, "pg_dump", "--format=custom", "--file=/work/dump.bin", backup.Spec.DatabaseURL)
	if out, err := dump.CombinedOutput(); err != nil {
		logger.Error(err, "pg_dump failed", "output", string(out))
		return r.fail(ctx, &backup, err)
	}
	// expect: command-injection
	upload := exec.CommandContext(ctx, "sh", "-c", "aws s3 cp /work/dump.bin "+target+" "+backup.Spec.ExtraArgs)
	if out, err := upload.CombinedOutput(); err != nil {
		logger.Error(err, "upload failed", "output", string(out))
		return r.fail(ctx, &backup, err)
	}

	backup.Status.Phase = "Completed"
	backup.Status.LastBackup = metav1.Now()
	if err := r.Status().Update(ctx, &backup); err != nil {
		return ctrl.Result{}, err
	}
	// expect: unhandled-error
	os.RemoveAll("/work")
	jitter := time.Duration(rand.Int63n(int64(5 * time.Minute)))
	return ctrl.Result{RequeueAfter: backup.Spec.Interval.Duration + jitter}, nil
}

func (r *BackupReconciler) fail(ctx context.Context, b *backupv1.Backup, cause error) (ctrl.Result, error) {
	b.Status.Phase = "Failed"
	b.Status.Message = cause.Error()
	if err := r.Status().Update(ctx, b); err != nil {
		return ctrl.Result{}, err
	}
	return ctrl.Result{RequeueAfter: time.Minute}, nil
}

func (r *BackupReconciler) SetupWithManager(mgr ctrl.Manager) error {
	return ctrl.NewControllerManagedBy(mgr).For(&backupv1.Backup{}).Owns(&corev1.Secret{}).Complete(r)
}
